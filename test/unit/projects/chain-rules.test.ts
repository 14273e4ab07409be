import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../src/shared/calendar/default-calendar';
import { itemProgress, nextSteps, projectWarnings, stageOrderProblem, stageStates } from '../../../src/shared/projects/board-rules';
import { chainWorkingDays } from '../../../src/shared/projects/chain-days';
import type { ChainStage } from '../../../src/shared/projects/chain-template';
import { median, worst } from '../../../src/shared/projects/figures';
import type { BoardStage, ItemProgressState } from '../../../src/shared/projects/project-views';

const stage = (finishBeforeNext: boolean, ...states: ItemProgressState[]) => ({
  finishBeforeNext,
  items: states.map((state) => ({ state })),
});

describe('stage order', () => {
  it('opens a stage only when every earlier stage that must finish first has finished', () => {
    expect(stageStates([stage(true, 'decided', 'accepted'), stage(true, 'not-started'), stage(false, 'not-started')])).toEqual([
      'open',
      'locked',
      'locked',
    ]);
    expect(stageStates([stage(true, 'decided', 'decided'), stage(true, 'not-started'), stage(false, 'not-started')])).toEqual([
      'done',
      'open',
      'locked',
    ]);
    // A stage that need not finish first lets the next one run beside it.
    expect(stageStates([stage(false, 'accepted'), stage(false, 'not-started')])).toEqual(['open', 'open']);
  });

  it('names the stages that block an item', () => {
    const template: ChainStage[] = [
      { name: '立项用地规划许可', itemCodes: ['A', 'B'], finishBeforeNext: true },
      { name: '工程建设许可', itemCodes: ['C'], finishBeforeNext: true },
    ];
    expect(stageOrderProblem(template, ['open', 'locked'], 'C')).toBe(
      '“立项用地规划许可”阶段尚未全部办结，不能申报“工程建设许可”阶段的事项',
    );
    expect(stageOrderProblem(template, ['open', 'locked'], 'B')).toBeNull();
    expect(stageOrderProblem(template, ['done', 'open'], 'C')).toBeNull();
  });

  it("takes an item's state from its case, and a refused or withdrawn case leaves it to do again", () => {
    expect(itemProgress(null, false)).toBe('not-started');
    expect(itemProgress('refused', false)).toBe('not-started');
    expect(itemProgress('withdrawn', false)).toBe('not-started');
    expect(itemProgress('accepted', false)).toBe('accepted');
    expect(itemProgress('in-progress', true)).toBe('decided');
    expect(itemProgress('awaiting-materials', false)).toBe('awaiting-materials');
    expect(itemProgress('delivered', false)).toBe('decided');
  });
});

describe('days used by the chain', () => {
  it('counts each working day once when at least one case runs, never a paused day or a day between stages', () => {
    // Monday 2026-03-02 accepted; 补正 from Tuesday (used) to Thursday (not used); decided Friday.
    const first = { from: '2026-03-02', to: '2026-03-06', pauses: [{ from: '2026-03-03', to: '2026-03-05' }] };
    expect(chainWorkingDays(defaultCalendar, [first], '2026-03-20')).toBe(2);
    // A parallel case over the same days adds only the days the first did not run.
    const parallel = { from: '2026-03-02', to: '2026-03-04', pauses: [] };
    expect(chainWorkingDays(defaultCalendar, [first, parallel], '2026-03-20')).toBe(3);
    // Next stage from Tuesday 03-10 (a gap of 03-09, the enterprise's own time), still running on Thursday 03-12.
    const next = { from: '2026-03-10', to: null, pauses: [] };
    expect(chainWorkingDays(defaultCalendar, [first, parallel, next], '2026-03-12')).toBe(5);
  });

  it('skips holidays and counts a running pause up to today', () => {
    // 2026 Qingming: Saturday 04-04 to Monday 04-06 off.
    expect(chainWorkingDays(defaultCalendar, [{ from: '2026-04-02', to: '2026-04-08', pauses: [] }], '2026-04-30')).toBe(3);
    expect(
      chainWorkingDays(defaultCalendar, [{ from: '2026-03-02', to: null, pauses: [{ from: '2026-03-03', to: null }] }], '2026-03-06'),
    ).toBe(1);
  });

  it("leaves out the days a case spends in 特殊环节, as a case's own clock does: only when every department's share is in one", () => {
    // Accepted Monday 03-02, decided Friday 03-06; one department in a hearing Tuesday to Thursday.
    const hearing = [{ from: '2026-03-03', to: '2026-03-05' }];
    const oneShare = { from: '2026-03-02', to: '2026-03-06', pauses: [], stepPauses: [hearing] };
    expect(chainWorkingDays(defaultCalendar, [oneShare], '2026-03-20')).toBe(2);
    // Two departments, only one of them paused: the other's share runs, so every day counts.
    const twoShares = { ...oneShare, stepPauses: [hearing, []] };
    expect(chainWorkingDays(defaultCalendar, [twoShares], '2026-03-20')).toBe(4);
  });
});

describe('next steps and warnings', () => {
  const item = (name: string, state: ItemProgressState, promisedDays = 5) => ({
    code: name,
    name,
    department: '部门',
    promisedDays,
    state,
    caseNo: state === 'not-started' ? null : 'JC-03-2026-000001',
    caseState: null,
    promisedDate: state === 'accepted' ? '2026-03-09' : null,
    decidedOn: null,
    level: null,
  });
  const stages: BoardStage[] = [
    { name: '一', finishBeforeNext: true, state: 'open', level: null, items: [item('甲', 'awaiting-materials'), item('乙', 'accepted')] },
    { name: '二', finishBeforeNext: false, state: 'locked', level: null, items: [item('丙', 'not-started', 10)] },
  ];

  it('lists what the agent does next in the open stages only', () => {
    expect(nextSteps(stages)).toEqual([
      '【一】补齐“甲”的补正材料（JC-03-2026-000001）',
      '【一】跟进“乙”办理（JC-03-2026-000001，承诺办结 2026-03-09）',
    ]);
  });

  it('warns when the rest of the chain cannot fit in the target, and turns red past it', () => {
    expect(projectWarnings(stages, 5, 30)).toEqual({ level: 'normal', warnings: [] });
    expect(projectWarnings(stages, 18, 30)).toEqual({
      level: 'yellow',
      warnings: ['剩余 12 个工作日，少于后续事项承诺时限合计 15 个工作日'],
    });
    expect(projectWarnings(stages, 31, 30).level).toBe('red');
  });

  it('takes the median and the worst of finished chains', () => {
    expect(median([7, 3, 5])).toBe(5);
    expect(median([3, 4, 8, 10])).toBe(6);
    expect(median([])).toBeNull();
    expect(worst([3, 9, 4])).toBe(9);
  });
});
