import { outcomeLabels } from '../../../shared/lifecycle/subtask-states';
import type { CaseDocType } from '../../../shared/print/doc-types';
import type { PrintCorrection, PrintDecision } from '../../../shared/print/print-data';
import type { Db } from '../../db/open-database';
import { findLoadedCase, listPauses } from '../lifecycle/lifecycle-repository';

/**
 * What the departments did, as a case document prints it: their decisions on the 送达回证 handed
 * over at 出件, and on a 补正材料通知书 printed after acceptance, the 补正 it is for (who asked, from when).
 */
export function departmentPrintFacts(
  db: Db,
  caseNo: string,
  docType: CaseDocType,
): { decisions: PrintDecision[]; correction: PrintCorrection | null } {
  const loaded = findLoadedCase(db, caseNo);
  if (!loaded) return { decisions: [], correction: null };
  const decisions =
    docType === 'delivery-receipt'
      ? loaded.tasks
          .filter((t) => t.task_state === 'done' && t.task_outcome !== null)
          .map((t) => ({
            department: t.department,
            itemName: t.item_name,
            outcome: t.decision_partial === 1 ? '部分准予' : outcomeLabels[t.task_outcome!],
            documentNo: t.decision_doc_no,
            decidedOn: t.decision_date,
          }))
      : [];
  const open =
    docType === 'correction-notice' && loaded.kase.accepted_on !== null
      ? listPauses(db, loaded.kase.case_no).find((p) => p.kind === 'awaiting-materials' && p.to_date === null)
      : undefined;
  const correction = open ? { requestedBy: open.requested_by, requestedOn: open.from_date, note: open.note } : null;
  return { decisions, correction };
}
