import type { z } from 'zod';
import { caseNumberBelongsToDesk } from './case-hall';
import type { DeskIdentity } from './case-hall';
import { canonicalJson } from '../../shared/sync/canonical-json';
import { casePayloadSchema, incomingEventSchema, recordPayloadSchema } from './incoming-event';
import type { IncomingEvent } from './incoming-event';
import { knownOpsByEntity } from './known-ops';
import { sha256Hex } from '../security/secrets';
import { findUnstorable, maxJsonDepth, nestsDeeperThan } from './storable-json';

export const otherHallReason = '不能写入其他大厅的案件';
export const notThisDeskNumberReason = '案件编号不是本窗口按自己的编号格式产生的（大厅编码和窗口号以接入凭证为准），中心不予接收';

/** A case row as the event leaves it. */
export interface CaseSnapshot {
  caseNo: string;
  hallCode: string;
  deskNo: string;
  payload: unknown;
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
 * Everything about one event that can be judged without the database, so a bad event is
 * refused on its own and never fails the batch it came in.
 */
export function checkEvent(raw: { eventId: string }, desk: DeskIdentity): CheckedEvent {
  const reject = (reason: string): CheckedEvent => ({ kind: 'rejected', eventId: raw.eventId, reason, raw });
  // First of all: nothing below may walk a value this deep, and the record keeps only its header.
  if (nestsDeeperThan(raw, maxJsonDepth + 1)) {
    return { kind: 'rejected', eventId: raw.eventId, reason: `事件内容嵌套层次过深（超过 ${maxJsonDepth} 层）`, raw: eventHeader(raw) };
  }

  const parsed = incomingEventSchema.safeParse(raw);
  if (!parsed.success) return reject(`事件格式不正确：${describeIssue(parsed.error)}`);
  const event = parsed.data;

  const ops = knownOpsByEntity.get(event.entity);
  if (ops === undefined) return reject(`中心不支持的数据类型“${event.entity}”`);
  if (!ops.has(event.op)) return reject(`中心不支持的操作“${event.op}”（数据类型 ${event.entity}）`);

  const unstorable = findUnstorable(event);
  if (unstorable?.kind === 'depth') return reject(`事件内容嵌套层次过深（${unstorable.path}）`);
  if (unstorable) return reject(`事件内容含有无法保存的字符（空字符或不成对的代理字符），位置：${unstorable.path}`);

  // The bytes the desk stored and sent; an older desk sends the parsed payload, whose canonical JSON is those bytes.
  // (Read only once the payload passed its schema: an absent payload has no canonical JSON.)
  const sentText = () => event.payloadJson ?? canonicalJson(event.payload);
  if (event.entity !== 'case') {
    const record = recordPayloadSchema.safeParse(event.payload);
    if (!record.success) return reject(`事件内容不正确：${describeIssue(record.error)}`);
    return { kind: 'accepted', event, payloadText: sentText(), snapshot: null };
  }

  const payload = casePayloadSchema.safeParse(event.payload);
  if (!payload.success) return reject(`案件数据不正确：${describeIssue(payload.error)}`);
  const detail = payload.data;
  if (detail.caseNo !== event.entityId) return reject('事件的对象编号（entityId）与案件编号（caseNo）不一致');
  if (detail.hall.code !== desk.hallCode) return reject(otherHallReason);
  if (!caseNumberBelongsToDesk(detail.caseNo, desk)) return reject(notThisDeskNumberReason);
  // The query code opens the public status page: the centre keeps only its hash, nowhere the code.
  const stored = withoutQueryCode(event.payload);
  const { payloadJson: _sent, ...header } = event;
  return {
    kind: 'accepted',
    event: { ...header, payload: stored },
    payloadText: detail.queryCode == null ? sentText() : canonicalJson(stored),
    snapshot: {
      caseNo: detail.caseNo,
      hallCode: desk.hallCode,
      deskNo: desk.deskNo,
      payload: stored,
      // As sent, not as parsed or stored: the hash must match the desk's, which covers every field it has.
      contentHash: sha256Hex(sentText()),
      state: detail.state,
      promisedDate: detail.promisedDate,
      queryCode: detail.queryCode == null ? null : sha256Hex(detail.queryCode),
    },
  };
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

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return '内容无法识别';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}：${issue.message}`;
}
