import type { CaseState } from '../intake/case-types';
import type { SubtaskState } from './subtask-states';
import type { DeferredState, OwedMaterial } from './lifecycle-view';

/** What an agent or clerk has to do next for a case, and what the applicant still owes. */

export interface NextStepInput {
  state: CaseState;
  acceptedOn: string | null;
  subtasks: readonly { state: SubtaskState; department: string }[];
  materials: readonly OwedMaterial[];
  deferred: DeferredState;
  readyForCollection: boolean;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function missingOf(materials: readonly OwedMaterial[]): string[] {
  return materials
    .filter((m) => m.status === 'missing' || m.status === 'deferred')
    .map((m) => {
      if (m.status === 'missing') return `${m.name}（原件${m.originals}份、复印件${m.copies}份）`;
      const deadline = m.supplyDeadline ? `${m.supplyDeadline} 前补交` : '待补交';
      return `${m.name}（容缺，${deadline}${m.overdue ? '，已逾期' : ''}）`;
    });
}

export function nextStepOf(input: NextStepInput): string {
  const owed = input.materials.filter((m) => m.status === 'missing').map((m) => m.name);
  const deferredNote =
    input.deferred === 'overdue' ? '；容缺材料已逾期，请督促补交' : input.deferred === 'pending' ? '；另有容缺材料待补交' : '';
  switch (input.state) {
    case 'awaiting-materials':
      return input.acceptedOn === null
        ? `请申请人补交：${owed.join('、') || '所缺材料'}，收齐后即予受理`
        : `办理中补正：请申请人补交 ${owed.join('、') || '所需材料'}（计时暂停）`;
    case 'accepted':
      return `已受理，待部门开始审查${deferredNote}`;
    case 'in-progress': {
      const open = unique(input.subtasks.filter((t) => t.state !== 'done').map((t) => t.department));
      return `等待 ${open.join('、')} 办结${deferredNote}`;
    }
    case 'decided':
      return input.readyForCollection ? '办理结果已到窗口，请通知申请人领取或办理邮寄' : '已办结，待出件（窗口领取或邮寄）';
    case 'delivered':
      return '已出件，办理完毕';
    case 'withdrawn':
      return '申请人已撤回，无需办理';
    case 'terminated':
      return '已终止办理';
    case 'refused':
      return '不予受理，无需办理';
    case 'voided':
      return '已作废（误登记），无需办理';
  }
}
