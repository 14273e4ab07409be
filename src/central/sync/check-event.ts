import { z } from 'zod';
import { caseNumberBelongsToDesk } from './case-hall';
import type { DeskIdentity } from './case-hall';
import { canonicalJson } from '../../shared/sync/canonical-json';
import { casePayloadSchema, incomingEventSchema } from './incoming-event';
import type { IncomingEvent } from './incoming-event';
import { knownOpsByEntity } from './known-ops';
import { isPlainEnvelope, plainCaseFields } from './plain-event';
import { sha256Hex } from '../security/secrets';
import { hasUnstorableCharacter, maxJsonDepth, nestsDeeperThan } from './storable-json';

export const otherHallReason = '不能写入其他大厅的案件';
export const notThisDeskNumberReason = '案件编号不是本窗口按自己的编号格式产生的（大厅编码和窗口号以接入凭证为准），中心不予接收';

/** A case row as the event leaves it. */
export interface CaseSnapshot {
  caseNo: string;
  hallCode: string;
  deskNo: string;
  contentHash: string;
  state: string;
  promisedDate: string | null;
  queryCode: string | null;
}

export type CheckedEvent =
  /** payloadText: what the ledger keeps, the desk's bytes unless a query code had to be taken out. */
  | { kind: 'accepted'; event: IncomingEvent; payloadText: string; snapshot: CaseSnapshot | null }
  | { kind: 'rejected'; eventId: string; reason: string; raw: unknown };

/**
 * The case fields the centre acts on while applying a batch (the case row's columns, the hall and
 * the number's owner), under the same rules as the full schema. The rest of the payload is checked
 * off the hot path (payload-check.ts), before the case reaches anyone else.
 */
const caseFieldsSchema = z.looseObject({
  caseNo: casePayloadSchema.shape.caseNo,
  hall: z.looseObject({ code: z.string() }),
  state: casePayloadSchema.shape.state,
  promisedDate: casePayloadSchema.shape.promisedDate,
  queryCode: casePayloadSchema.shape.queryCode,
});

/** The envelope as `incomingEventSchema` would output it, when it surely passes that schema (plain-event.ts). */
function plainEnvelope(raw: Record<string, unknown>): IncomingEvent | null {
  if (!isPlainEnvelope(raw)) return null;
  const { eventId, seq, entity, entityId, op, payload, payloadJson, createdAt } = raw as IncomingEvent;
  return payloadJson === undefined
    ? { eventId, seq, entity, entityId, op, payload, createdAt }
    : { eventId, seq, entity, entityId, op, payload, payloadJson, createdAt };
}

const objectPayload = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: '事件内容（payload）应为 JSON 对象',
});

/**
 * The light checks of the batch's hot path: everything about one event that can be judged
 * without the database and that the apply acts on (envelope, entity and op, a payload that is a
 * JSON object and storable as text, a case's own fields), so a bad event is refused on its own
 * and never fails the batch it came in. The full payload schema runs later (payload-check.ts).
 */
export function checkEvent(
  raw: { eventId: string; payload?: unknown; payloadJson?: unknown; [key: string]: unknown },
  desk: DeskIdentity,
): CheckedEvent {
  const reject = (reason: string): CheckedEvent => ({ kind: 'rejected', eventId: raw.eventId, reason, raw });
  // An older desk sends the parsed payload, which is walked (canonical JSON) here: bound its depth first.
  if (typeof raw.payloadJson !== 'string' && nestsDeeperThan(raw.payload, maxJsonDepth)) {
    return { kind: 'rejected', eventId: raw.eventId, reason: `事件内容嵌套层次过深（超过 ${maxJsonDepth} 层）`, raw: eventHeader(raw) };
  }

  const event = plainEnvelope(raw);
  if (event === null) {
    const parsed = incomingEventSchema.safeParse(raw);
    return reject(parsed.success ? '事件格式不正确' : `事件格式不正确：${describeIssue(parsed.error)}`);
  }

  const ops = knownOpsByEntity.get(event.entity);
  if (ops === undefined) return reject(`中心不支持的数据类型“${event.entity}”`);
  if (!ops.has(event.op)) return reject(`中心不支持的操作“${event.op}”（数据类型 ${event.entity}）`);

  const payload = objectPayload.safeParse(event.payload);
  if (!payload.success) return reject(`事件内容不正确：${describeIssue(payload.error)}`);
  // The bytes the desk stored and sent; an older desk sends the parsed payload, whose canonical JSON is those bytes.
  const sentText = event.payloadJson ?? canonicalJson(event.payload);
  if (hasUnstorableCharacter(sentText)) return reject('事件内容含有无法保存的字符（空字符或不成对的代理字符）');
  if (event.entity !== 'case') return { kind: 'accepted', event, payloadText: sentText, snapshot: null };

  const detail = plainCaseFields(payload.data);
  if (detail === null) {
    const fields = caseFieldsSchema.safeParse(payload.data);
    return reject(fields.success ? '案件数据不正确' : `案件数据不正确：${describeIssue(fields.error)}`);
  }
  if (detail.caseNo !== event.entityId) return reject('事件的对象编号（entityId）与案件编号（caseNo）不一致');
  if (detail.hall.code !== desk.hallCode) return reject(otherHallReason);
  if (!caseNumberBelongsToDesk(detail.caseNo, desk)) return reject(notThisDeskNumberReason);
  // The query code opens the public status page: the centre keeps only its hash, nowhere the code.
  const queryCode = detail.queryCode ?? null;
  const stored = queryCode === null ? payload.data : withoutQueryCode(payload.data);
  const payloadText = queryCode === null ? sentText : storedText(stored, queryCode, sentText);
  if (payloadText === null) return reject(`事件内容嵌套层次过深（超过 ${maxJsonDepth} 层）`);
  const { payloadJson: _sent, ...header } = event;
  return {
    kind: 'accepted',
    event: { ...header, payload: stored },
    payloadText,
    snapshot: {
      caseNo: detail.caseNo,
      hallCode: desk.hallCode,
      deskNo: desk.deskNo,
      // As sent, not as parsed or stored: the hash must match the desk's, which covers every field it has.
      contentHash: sha256Hex(sentText),
      state: detail.state,
      promisedDate: detail.promisedDate,
      queryCode: queryCode === null ? null : sha256Hex(queryCode),
    },
  };
}

/**
 * The text kept for a payload whose query code was taken out: the desk's canonical JSON with the
 * code's key written `"queryCode":null`, found as text (a JSON string value cannot hold an
 * unescaped quote, so the pattern matches keys only; every match is nulled, nested ones too).
 * Whenever the code would still be anywhere in the text (a desk that did not send canonical JSON,
 * the code quoted in a note), the stored value is written canonically instead. null for a payload
 * too deep to write.
 */
function storedText(stored: unknown, queryCode: string, sentText: string): string | null {
  const nulled = sentText.replaceAll(`"queryCode":${JSON.stringify(queryCode)}`, '"queryCode":null');
  if (!nulled.includes(queryCode)) return nulled;
  try {
    return canonicalJson(stored);
  } catch {
    return null;
  }
}

/** The payload with its query code (if any) set to null; used for everything the centre stores. */
export function withoutQueryCode(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || !('queryCode' in payload)) return payload;
  return { ...payload, queryCode: null };
}

function eventHeader(raw: object): Record<string, string> {
  const header = Object.entries(raw).filter(
    ([key, value]) => ['eventId', 'entity', 'entityId', 'op', 'createdAt'].includes(key) && typeof value === 'string',
  );
  return Object.fromEntries(header) as Record<string, string>;
}

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return '内容无法识别';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}：${issue.message}`;
}
