import type { SqlQueries } from '../db/sql';
import { subtaskWrites } from './subtask-projection';
import type { AppliedCaseEvent } from './subtask-projection';
import { deleteSubtasksPastItems, upsertSubtasks } from './subtask-projection-queries';
import type { ItemCount, ProjectingDesk } from './subtask-projection-queries';

/**
 * The workbench's part of a checked batch (project-checked-events.ts): the sub-tasks of every case
 * the batch applied, as their latest event leaves them. Two set-based statements, whatever the batch size.
 */
export async function projectSubtasks(tx: SqlQueries, desk: ProjectingDesk, applied: readonly AppliedCaseEvent[]): Promise<void> {
  const writes = subtaskWrites(applied);
  await upsertSubtasks(tx, desk, writes);
  const counts = new Map<string, ItemCount>();
  for (const w of writes)
    counts.set(w.caseNo, { caseNo: w.caseNo, items: Math.max(counts.get(w.caseNo)?.items ?? 0, w.position + 1), seq: w.seq });
  await deleteSubtasksPastItems(tx, desk, [...counts.values()]);
}
