import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { materialSpecSchema, type CaseDetail } from '../../../shared/intake/case-types';
import type { requestMaterialsInputSchema } from '../../../shared/lifecycle/lifecycle-inputs';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';
import { loadForChange, requireAction } from './case-guard';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { openPause, updateCase, updateMaterial, type LoadedCase } from './lifecycle-repository';

export type RequestMaterialsInput = z.output<typeof requestMaterialsInputSchema>;

/**
 * The lines named are owed again (what came did not meet the standard), the case is 待补正 and
 * its clock stops until they come. Shared by the window's 办理中补正 and a department's 要求补正
 * pulled from the centre; call inside the change's transaction. Returns the lines' names.
 */
export function markMaterialsOwed(
  db: Db,
  loaded: LoadedCase,
  request: { keys: readonly string[]; note: string; today: string; requestedBy: string | null },
): string[] {
  const { kase, materials } = loaded;
  const names: string[] = [];
  for (const key of new Set(request.keys)) {
    const row = materials.find((m) => m.material_key === key);
    if (!row) throw new AppError('VALIDATION', `材料“${key}”不在本案件的材料清单中`, 'keys');
    const spec = parseJsonColumn(materialSpecSchema, row.spec, '材料');
    if (row.status === 'not-applicable') throw new AppError('VALIDATION', `“${spec.name}”对本申请人不适用，不能要求补正`, 'keys');
    updateMaterial(db, kase.case_no, key, {
      status: 'missing',
      received_originals: 0,
      received_copies: 0,
      received_electronic: 0,
      supplied_on: null,
    });
    names.push(spec.name);
  }
  if (kase.state !== 'awaiting-materials') {
    openPause(db, {
      caseNo: kase.case_no,
      kind: 'awaiting-materials',
      position: null,
      stepName: null,
      from: request.today,
      note: request.note,
      requestedBy: request.requestedBy,
    });
    updateCase(db, kase.case_no, { state: 'awaiting-materials', resume_state: kase.state });
  }
  return names;
}

/** The window asks for more during processing (a department told it by phone or on paper). */
export function requestMaterials(ctx: ChangeContext & { user: SessionUser }, input: RequestMaterialsInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      requireAction(ctx, 'request-materials', loaded);
      const names = markMaterialsOwed(db, loaded, { keys: input.keys, note: input.note, today, requestedBy: null });
      return commitCaseChange(ctx, loaded.kase.case_no, {
        kind: 'materials.requested',
        summary: `办理中补正：需补交 ${names.join('、')}（计时暂停）。${input.note}`,
        detail: { keys: input.keys },
      });
    })
    .immediate();
}
