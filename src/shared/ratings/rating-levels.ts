/** The five levels of 好差评, best first; the last two are 差评. */
export const ratingLevels = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'] as const;
export type RatingLevel = (typeof ratingLevels)[number];

export const ratingLevelLabels: Record<RatingLevel, string> = {
  'very-satisfied': '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  'very-dissatisfied': '非常不满意',
};

/** 差评: each opens a follow-up. */
export const badLevels: readonly RatingLevel[] = ['dissatisfied', 'very-dissatisfied'];
/** What the satisfaction rate counts as satisfied. */
export const satisfiedLevels: readonly RatingLevel[] = ['very-satisfied', 'satisfied'];

export function isBadRating(level: RatingLevel): boolean {
  return badLevels.includes(level);
}

/** When the applicant is asked: after the window's decision (受理), and after 出件. */
export const ratingStages = ['acceptance', 'delivery'] as const;
export type RatingStage = (typeof ratingStages)[number];
export const ratingStageLabels: Record<RatingStage, string> = { acceptance: '受理', delivery: '出件' };

/** Optional sub-scores, 1 to 5 each. */
export const subScoreKeys = ['attitude', 'efficiency', 'competence', 'environment'] as const;
export type SubScoreKey = (typeof subScoreKeys)[number];
export const subScoreLabels: Record<SubScoreKey, string> = {
  attitude: '服务态度',
  efficiency: '办事效率',
  competence: '业务水平',
  environment: '窗口环境',
};

/** An invitation the applicant has not answered in this time is no longer shown or accepted. */
export const invitationValidMinutes = 15;

/** Working days a hall gives a 差评's follow-up (cities use 5 or 15). */
export const followUpDayChoices = [5, 15] as const;
export const defaultFollowUpDays = 5;
