import type { CaseState } from '../intake/case-types';
import { ratingLevelLabels, ratingStageLabels, ratingStages, type RatingLevel, type RatingStage } from './rating-levels';

/** The lifecycle's 已出件: only then has there been a 出件 to rate. */
const deliveredStates: readonly CaseState[] = ['delivered'];

/**
 * Why the applicant may not be asked to rate this stage of the case now, or null. 受理 may be
 * rated whatever the window decided (a 不予受理 or 一次性告知 is a service too); 出件 once the
 * case has been handed out. Each stage is rated once.
 */
export function stageProblem(stage: RatingStage, caseState: CaseState, ratedLevel: RatingLevel | null): string | null {
  if (ratedLevel !== null) return `该案件的${ratingStageLabels[stage]}环节已评价（${ratingLevelLabels[ratedLevel]}），不能重复评价`;
  if (stage === 'delivery' && !deliveredStates.includes(caseState)) return '案件尚未出件，出件后才能邀请对出件环节的评价';
  return null;
}

export function invitableStages(caseState: CaseState, rated: ReadonlyMap<RatingStage, RatingLevel>): RatingStage[] {
  return ratingStages.filter((stage) => stageProblem(stage, caseState, rated.get(stage) ?? null) === null);
}
