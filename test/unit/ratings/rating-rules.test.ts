import { describe, expect, it } from 'vitest';
import { isBadRating, ratingLevels } from '../../../src/shared/ratings/rating-levels';
import { invitableStages, stageProblem } from '../../../src/shared/ratings/rating-rules';

describe('rating rules', () => {
  it('counts 不满意 and 非常不满意, and only those, as 差评', () => {
    expect(ratingLevels.filter(isBadRating)).toEqual(['dissatisfied', 'very-dissatisfied']);
  });

  it('lets 受理 be rated whatever the window decided, and 出件 only once the case has been handed out', () => {
    for (const state of ['accepted', 'awaiting-materials', 'refused', 'in-progress'] as const) {
      expect(stageProblem('acceptance', state, null)).toBeNull();
      expect(stageProblem('delivery', state, null)).toContain('尚未出件');
    }
    expect(stageProblem('delivery', 'delivered', null)).toBeNull();
    expect(invitableStages('delivered', new Map())).toEqual(['acceptance', 'delivery']);
  });

  it('rates each stage once', () => {
    expect(stageProblem('acceptance', 'accepted', 'satisfied')).toBe('该案件的受理环节已评价（满意），不能重复评价');
    expect(invitableStages('delivered', new Map([['acceptance', 'basic']]))).toEqual(['delivery']);
    expect(invitableStages('accepted', new Map([['acceptance', 'basic']]))).toEqual([]);
  });
});
