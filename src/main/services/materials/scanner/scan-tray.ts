import { AppError } from '../../../../shared/errors';
import type { MaterialPage, PageTarget } from '../../../../shared/materials/page-types';
import { appendAudit } from '../../audit/audit-log';
import { addPages, type MaterialContext } from '../add-pages';
import type { PageStore } from '../page-store';
import { findScan, settleScan } from './scan-repository';

export interface AssignScan {
  scanId: string;
  target: PageTarget;
  materialKey: string;
}

const gone = () => new AppError('CONFLICT', '该扫描件已归入其他材料或已移除', 'scanId');

/**
 * Puts a waiting scan on a material line: its bytes from the inbox become pages as any picked
 * file does (checked, normalised, stored, recorded and synced), and the scan leaves the tray in
 * the same transaction, so two windows can never put it on two lines.
 */
export async function assignScan(ctx: MaterialContext, inbox: PageStore, input: AssignScan): Promise<MaterialPage[]> {
  const scan = findScan(ctx.db, input.scanId);
  if (!scan) throw new AppError('NOT_FOUND', '未找到该扫描件', 'scanId');
  if (scan.state !== 'waiting') throw gone();
  if (!inbox.has(scan.sha256)) throw new AppError('NOT_FOUND', '该扫描件的文件缺失，请重新扫描', 'scanId');
  const files = [{ name: scan.file_name, bytes: inbox.read(scan.sha256), rotate: 0 as const }];
  return addPages(ctx, { target: input.target, materialKey: input.materialKey, source: 'file', files }, () => {
    if (!settleScan(ctx.db, scan.scan_id, 'assigned', ctx.now.toISOString(), ctx.user.staffNo)) throw gone();
  });
}

/**
 * Takes a scan off the tray without using it (a wrong or refused file). The tray is this desk's
 * scratch, as the intake draft is: nothing to sync; the audit log keeps who removed what.
 */
export function removeScan(ctx: MaterialContext, scanId: string): void {
  const { db, user } = ctx;
  const at = ctx.now.toISOString();
  db.transaction(() => {
    const scan = findScan(db, scanId);
    if (!scan) throw new AppError('NOT_FOUND', '未找到该扫描件', 'scanId');
    if (!settleScan(db, scanId, 'removed', at, user.staffNo)) throw gone();
    appendAudit(db, {
      at,
      actorId: user.id,
      actorStaffNo: user.staffNo,
      action: 'material.scan-removed',
      entity: 'scanned-file',
      entityId: scanId,
      detail: { fileName: scan.file_name, sha256: scan.sha256 },
    });
  }).immediate();
}
