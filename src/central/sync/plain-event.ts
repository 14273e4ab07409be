import { z } from 'zod';
import { isDateString } from '../../shared/calendar/date-string';
import { caseStates } from '../../shared/intake/case-types';
import { textProblem } from '../../shared/text/safe-text';

/*
 * The hot path's shortcut past zod (issue 12): zod's object schemas copy every key of what they
 * read and cost more than the rest of an event's light checks together. These predicates accept
 * only what the schemas of check-event.ts accept (the same regexes, the same text rule, the same
 * bounds), so an event they pass is exactly an event the schema would pass; anything else goes to
 * the schema, which then finds the reason (its Chinese message). No guarantee is traded for speed.
 */

// zod's own regexes, those z.uuid() and z.iso.datetime({ offset: true }) test with.
const uuidPattern = z.regexes.uuid();
const datetimePattern = z.regexes.datetime({ offset: true });
const queryCodePattern = /^[A-Za-z0-9]{8,32}$/;
const knownStates: ReadonlySet<string> = new Set(caseStates);

const cleanLineOf = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && textProblem(value) === null;

/** Whether the envelope surely passes `incomingEventSchema` (the payload is judged on its own). */
export function isPlainEnvelope(raw: Record<string, unknown>): boolean {
  const seq = raw.seq;
  return (
    typeof raw.eventId === 'string' &&
    uuidPattern.test(raw.eventId) &&
    typeof seq === 'number' &&
    Number.isSafeInteger(seq) &&
    seq >= 0 &&
    cleanLineOf(raw.entity, 40) &&
    cleanLineOf(raw.entityId, 200) &&
    cleanLineOf(raw.op, 80) &&
    (raw.payloadJson === undefined || typeof raw.payloadJson === 'string') &&
    typeof raw.createdAt === 'string' &&
    datetimePattern.test(raw.createdAt)
  );
}

/** The case fields the centre acts on, read only when they surely pass the case schema's rules for them. */
export interface PlainCaseFields {
  caseNo: string;
  hall: { code: string };
  state: string;
  promisedDate: string | null;
  queryCode?: string | null;
}

export function plainCaseFields(payload: Record<string, unknown>): PlainCaseFields | null {
  const { caseNo, hall, state, promisedDate, queryCode } = payload;
  if (typeof caseNo !== 'string' || textProblem(caseNo) !== null) return null;
  if (typeof hall !== 'object' || hall === null || typeof (hall as { code?: unknown }).code !== 'string') return null;
  if (typeof state !== 'string' || !knownStates.has(state)) return null;
  if (promisedDate !== null && !(typeof promisedDate === 'string' && isStorableDate(promisedDate))) return null;
  if (queryCode !== undefined && queryCode !== null && !(typeof queryCode === 'string' && queryCodePattern.test(queryCode))) return null;
  return { caseNo, hall: { code: (hall as { code: string }).code }, state, promisedDate, queryCode };
}

function isStorableDate(date: string): boolean {
  return isDateString(date) && date >= '1900-01-01' && date <= '2999-12-31';
}
