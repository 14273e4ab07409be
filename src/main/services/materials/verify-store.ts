import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import type { Db } from '../../db/open-database';
import { allPageHashes } from './page-repository';
import type { PageStore } from './page-store';

export interface StoreProblem {
  sha256: string;
  pageIds: string[];
}

export interface StoreReport {
  checked: number;
  missing: StoreProblem[];
  /** The file is there but its bytes no longer hash to its name. */
  altered: StoreProblem[];
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Every page file the store refers to (deleted pages too: their files are kept): present and unchanged? */
export async function verifyPageStore(db: Db, store: PageStore): Promise<StoreReport> {
  const report: StoreReport = { checked: 0, missing: [], altered: [] };
  for (const entry of allPageHashes(db)) {
    report.checked++;
    const path = store.pathOf(entry.sha256);
    if (!existsSync(path)) report.missing.push(entry);
    else if ((await hashFile(path)) !== entry.sha256) report.altered.push(entry);
  }
  return report;
}

export function reportLines(report: StoreReport): string[] {
  const lines = [`已检查材料页文件 ${report.checked} 个`];
  for (const p of report.missing) lines.push(`缺失：${p.sha256}（页 ${p.pageIds.join('、')}）`);
  for (const p of report.altered) lines.push(`已被改动：${p.sha256}（页 ${p.pageIds.join('、')}）`);
  lines.push(
    report.missing.length + report.altered.length === 0
      ? '材料页文件完好'
      : `发现问题 ${report.missing.length + report.altered.length} 个：请从备份恢复数据文件夹中的 pages 文件夹`,
  );
  return lines;
}
