import { describeIssue } from './check-event';
import { casePayloadSchema, recordPayloadSchema } from './incoming-event';
import { findUnstorable, maxJsonDepth, nestsDeeperThan } from './storable-json';

/** A stored event as the background payload check reads it from the ledger. */
export interface StoredEvent {
  entity: string;
  /** The text the ledger keeps (null once retention pruned it: a superseded payload, nothing to publish). */
  payload: string | null;
}

/** The full check's verdict: why the event is quarantined, or the parsed payload (null once pruned). */
export type PayloadVerdict = { problem: string } | { problem: null; payload: unknown };

/**
 * The full check of a payload that the batch's light checks let through (check-event.ts): the
 * whole schema of its entity (a case's full `CaseDetail`), its depth and its characters, exactly
 * what the centre checked while applying before issue 12. Returns the reason to quarantine it,
 * or null when it is good.
 */
export function payloadProblem(event: StoredEvent): string | null {
  return checkStoredPayload(event).problem;
}

/** payloadProblem, keeping the payload it parsed for the projections that follow the check (payload-checker.ts). */
export function checkStoredPayload(event: StoredEvent): PayloadVerdict {
  if (event.payload === null) return { problem: null, payload: null };
  let payload: unknown;
  try {
    payload = JSON.parse(event.payload) as unknown;
  } catch {
    return { problem: '事件内容不是有效的 JSON' };
  }
  const problem = parsedPayloadProblem(event.entity, payload);
  return problem === null ? { problem: null, payload } : { problem };
}

function parsedPayloadProblem(entity: string, payload: unknown): string | null {
  if (nestsDeeperThan(payload, maxJsonDepth)) return `事件内容嵌套层次过深（超过 ${maxJsonDepth} 层）`;
  const unstorable = findUnstorable(payload);
  if (unstorable?.kind === 'depth') return `事件内容嵌套层次过深（${unstorable.path}）`;
  if (unstorable) return `事件内容含有无法保存的字符（空字符或不成对的代理字符），位置：${unstorable.path}`;
  if (entity !== 'case') {
    const record = recordPayloadSchema.safeParse(payload);
    return record.success ? null : `事件内容不正确：${describeIssue(record.error)}`;
  }
  const detail = casePayloadSchema.safeParse(payload);
  return detail.success ? null : `案件数据不正确：${describeIssue(detail.error)}`;
}
