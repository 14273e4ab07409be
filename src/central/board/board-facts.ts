import { z } from 'zod';
import { isActive } from '../../shared/lifecycle/case-transitions';
import { caseStates, type CaseState } from '../../shared/intake/case-types';
import { satisfiedLevels, ratingLevels, isBadRating } from '../../shared/ratings/rating-levels';
import { followUpStatuses } from '../../shared/ratings/follow-up-schemas';
import { hallDateOf } from '../../shared/time/hall-time';

/** One sub-task's row of board_subtasks, as the case's latest event leaves it. */
export interface BoardSubtaskFact {
  caseNo: string;
  position: number;
  department: string;
  itemCode: string;
  itemVersion: number;
  firstOfDepartment: boolean;
  caseState: string;
  decision: string;
  receivedOn: string;
  acceptedOn: string | null;
  decidedOn: string | null;
  promisedDate: string | null;
  paused: boolean;
  clockDueDate: string | null;
  extensionDays: number;
  subtaskState: string | null;
  subtaskDueDate: string | null;
  underClock: boolean;
  promisedDays: number;
  materialsReused: number;
  tripsSaved: number;
}

const date = z.string().nullable().catch(null);

/** What the board reads of a case event's payload; what it does not need may be absent (older desks). */
const boardCaseSchema = z.object({
  caseNo: z.string(),
  state: z.enum(caseStates),
  decision: z.string(),
  receivedAt: z.string(),
  acceptedOn: date,
  promisedDate: date,
  items: z.array(z.object({ code: z.string(), version: z.number(), department: z.string(), promisedDays: z.number(), promisedDate: date })),
  materials: z.array(z.object({ pages: z.array(z.object({ source: z.string() })).catch([]) })).catch([]),
  lifecycle: z
    .object({
      subtasks: z.array(z.object({ position: z.number(), state: z.string(), dueDate: date })).catch([]),
      pauses: z.array(z.unknown()).catch([]),
      decidedOn: date,
      delivery: z.object({ method: z.string() }).nullable().catch(null),
      clock: z.object({ dueDate: date, extensionDays: z.number() }).nullable().catch(null),
    })
    .optional(),
});

/**
 * 三减 from one case: a material line answered by reusing a page on file is a material the
 * applicant did not bring again; a trip is saved when the case was accepted with materials
 * deferred (容缺: no second visit before acceptance) and again when the result was mailed (no
 * visit to collect it).
 */
function savings(kase: z.infer<typeof boardCaseSchema>): { materialsReused: number; tripsSaved: number } {
  const materialsReused = kase.materials.filter((m) => m.pages.some((p) => p.source === 'reuse')).length;
  const tripsSaved = Number(kase.decision === 'accept-deferred') + Number(kase.lifecycle?.delivery?.method === 'mail');
  return { materialsReused, tripsSaved };
}

/** The case's sub-task rows, or null when the payload is not a case the board can read. */
export function subtaskFactsOf(payload: unknown, zone: string): BoardSubtaskFact[] | null {
  const parsed = boardCaseSchema.safeParse(payload);
  if (!parsed.success) return null;
  const kase = parsed.data;
  const lifecycle = kase.lifecycle;
  const seen = new Set<string>();
  const { materialsReused, tripsSaved } = savings(kase);
  const caseState: CaseState = kase.state;
  return kase.items.map((item, position) => {
    // A case registered and not moved since carries no lifecycle: its sub-tasks wait, due on the item's promised date.
    const subtask = lifecycle ? lifecycle.subtasks.find((t) => t.position === position) : { state: 'pending', dueDate: item.promisedDate };
    const firstOfDepartment = !seen.has(item.department);
    seen.add(item.department);
    return {
      caseNo: kase.caseNo,
      position,
      department: item.department,
      itemCode: item.code,
      itemVersion: item.version,
      firstOfDepartment,
      caseState,
      decision: kase.decision,
      receivedOn: hallDateOf(kase.receivedAt, zone),
      acceptedOn: kase.acceptedOn,
      decidedOn: lifecycle?.decidedOn ?? null,
      promisedDate: kase.promisedDate,
      paused: (lifecycle?.pauses.length ?? 0) > 0,
      clockDueDate: lifecycle?.clock?.dueDate ?? null,
      extensionDays: lifecycle?.clock?.extensionDays ?? 0,
      subtaskState: subtask?.state ?? null,
      subtaskDueDate: subtask?.dueDate ?? null,
      underClock: kase.acceptedOn !== null && isActive(caseState) && subtask !== undefined && subtask.state !== 'done',
      promisedDays: item.promisedDays,
      materialsReused,
      tripsSaved,
    };
  });
}

export interface BoardRatingFact {
  caseNo: string;
  stage: string;
  level: string;
  isBad: boolean;
  isSatisfied: boolean;
  ratedOn: string;
}

const ratingSchema = z.object({
  caseNo: z.string(),
  stage: z.string(),
  level: z.enum(ratingLevels),
  ratedOn: z.string(),
  status: z.literal('rated'),
});

/** A submitted rating (an invitation or its cancellation is no rating yet), or null. */
export function ratingFactOf(payload: unknown): BoardRatingFact | null {
  const parsed = ratingSchema.safeParse(payload);
  if (!parsed.success) return null;
  const r = parsed.data;
  return {
    caseNo: r.caseNo,
    stage: r.stage,
    level: r.level,
    isBad: isBadRating(r.level),
    isSatisfied: satisfiedLevels.includes(r.level),
    ratedOn: r.ratedOn,
  };
}

export interface BoardFollowUpFact {
  caseNo: string;
  stage: string;
  status: string;
  openedOn: string;
  dueDate: string | null;
  closedOn: string | null;
}

const followUpSchema = z.object({
  caseNo: z.string(),
  stage: z.string(),
  status: z.enum(followUpStatuses),
  openedOn: z.string(),
  dueDate: date,
  closedAt: date,
});

export function followUpFactOf(payload: unknown, zone: string): BoardFollowUpFact | null {
  const parsed = followUpSchema.safeParse(payload);
  if (!parsed.success) return null;
  const f = parsed.data;
  return {
    caseNo: f.caseNo,
    stage: f.stage,
    status: f.status,
    openedOn: f.openedOn,
    dueDate: f.dueDate,
    closedOn: f.closedAt === null ? null : hallDateOf(f.closedAt, zone),
  };
}
