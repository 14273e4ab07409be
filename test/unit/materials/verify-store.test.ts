import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';
import { samplePdf, toBase64 } from '../../helpers/material-files';

let desk: TestDesk;
const w = 'window';
beforeEach(async () => {
  desk = openTestDesk();
  await setUpDesk(desk, w);
});
afterEach(() => desk.close());

function verifyStore(): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'src/main/services/materials/verify-store-cli.ts'], {
      env: { ...process.env, HALLDESK_DATA_DIR: desk.dataDir },
      encoding: 'utf8',
    });
    return { code: 0, out };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

describe('npm run verify-store', () => {
  it('reports page files that are missing or whose bytes no longer match their hash', async () => {
    const add = async (pages: number) =>
      (
        await desk.call(
          'materials.addPages',
          {
            target: { draftId: randomUUID() },
            materialKey: 'applicant-id',
            source: 'file',
            files: [{ name: 'a.pdf', base64: toBase64(samplePdf(pages)) }],
          },
          w,
        )
      )[0]!;
    const [kept, lost, changed] = [await add(1), await add(2), await add(3)];
    expect(verifyStore()).toEqual({ code: 0, out: expect.stringContaining('材料页文件完好') });
    const path = (hash: string) => join(desk.dataDir, 'pages', hash.slice(0, 2), hash);
    rmSync(path(lost.sha256));
    writeFileSync(path(changed.sha256), samplePdf(4));
    const { code, out } = verifyStore();
    expect(code).toBe(1);
    expect(out).toContain('已检查材料页文件 3 个');
    expect(out).toContain(`缺失：${lost.sha256}（页 ${lost.pageId}）`);
    expect(out).toContain(`已被改动：${changed.sha256}（页 ${changed.pageId}）`);
    expect(out).not.toContain(kept.sha256);
  });
});
