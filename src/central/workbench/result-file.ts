import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { appendCentreAudit } from '../accounts/centre-audit';
import type { CentreUser } from '../accounts/centre-user';
import type { DecideInput, SubtaskKey } from '../contract/workbench-contract';
import type { Sql } from '../db/sql';
import { insertCasePages, isCasePage } from '../pages-store/case-pages-queries';
import type { PagesDeps } from '../pages-store/page-routes';
import { parseSubtaskRows } from './subtask-row';
import { subtaskByKey } from './subtask-queries';
import { worksSubtask } from './workbench-scope';

/** The largest decision result file the centre takes. */
export const maxResultFileBytes = 20 * 1024 * 1024;

/** The case_pages material key of a sub-task's result file (so the page route serves it to those who see the case). */
export const resultFileMaterialKey = (position: number) => `result-file-${position}`;

const signatures: readonly { mime: string; bytes: readonly number[] }[] = [
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The file's type from its first bytes (never from its name or the declared content type). */
export function resultFileMime(bytes: Uint8Array): string {
  const match = signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (match === undefined) throw new AppError('VALIDATION', '结果文件只能是 PDF、JPEG 或 PNG 格式');
  return match.mime;
}

/**
 * A department reviewer attaches the decision's result file to their own sub-task: the bytes are
 * hashed, put in the blob store, and recorded as a page of the case (with the audit entry, in one
 * transaction), so GET /v1/pages/<sha256> serves it to whoever may see the case.
 */
export async function uploadResultFile(
  sql: Sql,
  pages: PagesDeps,
  user: CentreUser,
  key: { hallCode: string; caseNo: string; position: number },
  bytes: Uint8Array,
  now: Date = new Date(),
): Promise<{ sha256: string }> {
  if (bytes.length === 0) throw new AppError('VALIDATION', '结果文件为空');
  if (bytes.length > maxResultFileBytes) throw new AppError('VALIDATION', '结果文件不能超过 20 MB');
  const row = parseSubtaskRows(await subtaskByKey(sql, key.hallCode, key.caseNo, key.position, false))[0];
  if (row === undefined) throw new AppError('NOT_FOUND', `中心没有该子任务（${key.hallCode} ${key.caseNo} 第 ${key.position + 1} 项）`);
  if (!worksSubtask(user, row.hall_code, row.department)) throw new AppError('FORBIDDEN', '只有该事项所属部门的审批人员可以上传结果文件');
  if (!row.is_open) throw new AppError('CONFLICT', '该子任务已办结或案件已结束，不能再上传结果文件');
  const mime = resultFileMime(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const received = join(pages.uploadsDir, `result-${randomUUID()}`);
  try {
    await writeFile(received, bytes, { mode: 0o600 });
    await pages.blobs.putVerifiedFile(sha256, received);
  } finally {
    // Put moved it into the blob store; if it failed, the temporary copy must not stay in the uploads folder.
    await rm(received, { force: true });
  }
  await sql.transaction(async (tx) => {
    const materialKey = resultFileMaterialKey(row.position);
    await insertCasePages(tx, row.hall_code, [{ sha256, caseNo: row.case_no, materialKey, mime, size: bytes.length }]);
    await appendCentreAudit(tx, {
      actor: user,
      action: 'work.result-file',
      entity: 'subtask',
      entityId: `${row.hall_code}/${row.case_no}/${row.position}`,
      detail: { department: row.department, sha256, mime, size: bytes.length },
      now,
    });
  });
  return { sha256 };
}

/** A decision names only a result file uploaded for that very sub-task. */
export async function mustBeResultFileOf(sql: Sql, input: SubtaskKey & Pick<DecideInput, 'decision'>): Promise<void> {
  const sha256 = input.decision.resultFileSha256;
  if (sha256 === undefined) return;
  if (!(await isCasePage(sql, input.hallCode, input.caseNo, sha256, resultFileMaterialKey(Number(input.position)))))
    throw new AppError('VALIDATION', '结果文件未上传到本案件，请重新选择文件上传');
}
