import type { z } from 'zod';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { materialSpecSchema, type CaseDetail, type CaseState } from '../../../shared/intake/case-types';
import { materialStatus } from '../../../shared/intake/material-check';
import type { supplyInputSchema } from '../../../shared/lifecycle/lifecycle-inputs';
import { parseJsonColumn } from '../../db/parse-row';
import { casePromisedDate, promisedDates } from '../cases/case-plan';
import { itemLookup } from './case-clock';
import { loadForChange, requireAction, requireTransition } from './case-guard';
import type { ChangeContext } from './change-context';
import { commitCaseChange } from './commit-change';
import { closePause, insertSupply, listPauses, loadCase, updateCase, updateMaterial, updateTask } from './lifecycle-repository';
import { settleCase } from './settle-case';

export type SupplyInput = z.output<typeof supplyInputSchema>;

function countsText(originals: number, copies: number, electronic: boolean): string {
  const parts = [originals > 0 ? `原件${originals}份` : '', copies > 0 ? `复印件${copies}份` : '', electronic ? '电子版' : ''].filter(
    Boolean,
  );
  return parts.join('、') || '无';
}

/**
 * A 补正 before acceptance: the acceptance date is the day the last required material came, the
 * promised dates count from it (行政许可法 art. 32), and the case is 已受理 with 受理 as its
 * decision, so the acceptance notice and receipt can be printed.
 */
function acceptNow(ctx: ChangeContext, caseNo: string, today: string): void {
  const { tasks } = loadCase(ctx.db, caseNo);
  const items = itemLookup(ctx.catalogue, today);
  const dates = promisedDates(
    tasks.map((t) => items(t.item_code, t.item_version)),
    today,
    ctx.calendar,
  );
  // A new acceptance day is a new promise: no days are cut from it.
  tasks.forEach((t, i) => updateTask(ctx.db, caseNo, t.position, { promised_date: dates[i]!.promisedDate, promise_cut_days: 0 }));
  updateCase(ctx.db, caseNo, {
    state: 'accepted',
    decision: 'accept',
    accepted_on: today,
    promised_date: casePromisedDate(dates),
    promised_provisional: Number(dates.some((d) => d.provisional)),
  });
}

/** A 补正 during processing is over: the clock runs again and the case goes back where it was. */
function resumeNow(ctx: ChangeContext, caseNo: string, resumeState: string | null, today: string): void {
  for (const pause of listPauses(ctx.db, caseNo)) {
    if (pause.kind === 'awaiting-materials' && pause.to_date === null) closePause(ctx.db, pause.id, today);
  }
  const back: CaseState = resumeState === 'accepted' ? 'accepted' : 'in-progress';
  requireTransition('awaiting-materials', back);
  updateCase(ctx.db, caseNo, { state: back, resume_state: null });
  settleCase(ctx.db, caseNo, today);
}

/**
 * Materials brought after intake (补正 or 容缺): each visit's counts are kept, a line is in once
 * the counts so far meet its standard, and the case moves when nothing is owed any more.
 */
export function supplyMaterials(ctx: ChangeContext & { user: SessionUser }, input: SupplyInput): CaseDetail {
  const { db, user } = ctx;
  const today = hallDate(ctx.now);
  const at = ctx.now.toISOString();
  return db
    .transaction(() => {
      const loaded = loadForChange(db, user, input.caseNo);
      const { kase, materials } = loaded;
      const state = kase.state;
      requireAction(ctx, 'supply', loaded);
      const seen = new Set<string>();
      const notes: string[] = [];
      for (const line of input.materials) {
        const row = materials.find((m) => m.material_key === line.key);
        if (!row) throw new AppError('VALIDATION', `材料“${line.key}”不在本案件的材料清单中`, 'materials');
        const spec = parseJsonColumn(materialSpecSchema, row.spec, '材料');
        if (seen.has(line.key)) throw new AppError('VALIDATION', `“${spec.name}”重复登记`, 'materials');
        seen.add(line.key);
        if (row.status !== 'missing' && row.status !== 'deferred')
          throw new AppError('VALIDATION', `“${spec.name}”已收齐，无需补交`, 'materials');
        if (line.originals + line.copies === 0 && !line.electronic)
          throw new AppError('VALIDATION', `请填写“${spec.name}”本次收到的份数`, 'materials');
        const totals = {
          key: line.key,
          applicable: true,
          originals: row.received_originals + line.originals,
          copies: row.received_copies + line.copies,
          electronic: row.received_electronic === 1 || line.electronic,
        };
        const complete = materialStatus(spec, totals) === 'received';
        insertSupply(db, {
          caseNo: kase.case_no,
          key: line.key,
          originals: line.originals,
          copies: line.copies,
          electronic: line.electronic,
          on: today,
          at,
          byStaffNo: user.staffNo,
        });
        updateMaterial(db, kase.case_no, line.key, {
          received_originals: totals.originals,
          received_copies: totals.copies,
          received_electronic: Number(totals.electronic),
          status: complete ? 'received' : row.status,
          supplied_on: complete ? today : row.supplied_on,
        });
        const late = row.status === 'deferred' && row.supply_deadline !== null && row.supply_deadline < today ? '，逾期补交' : '';
        notes.push(
          `${spec.name}（${countsText(line.originals, line.copies, line.electronic)}${complete ? '，已收齐' : '，仍不足'}${late}）`,
        );
      }
      const stillOwed = loadCase(db, kase.case_no).materials.some((m) => m.status === 'missing');
      let outcome = '';
      if (state === 'awaiting-materials' && !stillOwed) {
        if (kase.accepted_on === null) {
          acceptNow(ctx, kase.case_no, today);
          outcome = `；材料已收齐，予以受理（受理日期 ${today}）`;
        } else {
          resumeNow(ctx, kase.case_no, kase.resume_state, today);
          outcome = '；补正材料已收齐，恢复计时';
        }
      }
      return commitCaseChange(ctx, kase.case_no, {
        kind: 'materials.supplied',
        summary: `补交材料：${notes.join('、')}${outcome}`,
        detail: { keys: input.materials.map((m) => m.key) },
      });
    })
    .immediate();
}
