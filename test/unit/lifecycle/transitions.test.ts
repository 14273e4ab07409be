import { describe, expect, it } from 'vitest';
import { caseStateLabels, caseStates } from '../../../src/shared/intake/case-types';
import { caseTransitions, isFinal, mayTransition, transitionProblem } from '../../../src/shared/lifecycle/case-transitions';
import { caseOutcomeOf, maySubtaskMove, subtaskStates } from '../../../src/shared/lifecycle/subtask-states';

const allowed = new Set([
  'awaiting-materials>accepted',
  'awaiting-materials>in-progress',
  'awaiting-materials>withdrawn',
  'awaiting-materials>terminated',
  'accepted>in-progress',
  'accepted>awaiting-materials',
  'accepted>decided',
  'accepted>withdrawn',
  'accepted>terminated',
  'in-progress>awaiting-materials',
  'in-progress>decided',
  'in-progress>withdrawn',
  'in-progress>terminated',
  'decided>delivered',
]);

describe('the case transition table', () => {
  it('allows exactly the lifecycle moves and refuses every other pair with the Chinese reason', () => {
    let refused = 0;
    for (const from of caseStates) {
      for (const to of caseStates) {
        const key = `${from}>${to}`;
        expect(mayTransition(from, to), key).toBe(allowed.has(key));
        const problem = transitionProblem(from, to);
        if (allowed.has(key)) {
          expect(problem, key).toBeNull();
          continue;
        }
        refused += 1;
        expect(problem, key).toBe(
          from === to ? `案件当前已是“${caseStateLabels[from]}”` : `案件当前为“${caseStateLabels[from]}”，不能改为“${caseStateLabels[to]}”`,
        );
      }
    }
    expect(refused).toBe(caseStates.length ** 2 - allowed.size);
    expect(transitionProblem('delivered', 'in-progress')).toBe('案件当前为“已出件”，不能改为“办理中”');
  });

  it('keeps 不予受理, 已出件, 撤回, 终止 and 作废 final, and lists every state', () => {
    expect(caseStates.filter(isFinal)).toEqual(['refused', 'delivered', 'withdrawn', 'terminated', 'voided']);
    expect(Object.keys(caseTransitions).sort()).toEqual([...caseStates].sort());
  });

  it('moves sub-tasks forward only, and derives the case result from theirs', () => {
    expect(subtaskStates.filter((to) => maySubtaskMove('done', to))).toEqual([]);
    expect(maySubtaskMove('pending', 'in-progress')).toBe(true);
    expect(maySubtaskMove('in-progress', 'pending')).toBe(false);
    expect(maySubtaskMove('suspended', 'in-progress')).toBe(true);
    expect(caseOutcomeOf(['approved', 'approved'])).toBe('approved');
    expect(caseOutcomeOf(['disapproved'])).toBe('disapproved');
    expect(caseOutcomeOf(['approved', 'disapproved'])).toBe('partial');
    expect(caseOutcomeOf(['approved', null])).toBeNull();
  });
});
