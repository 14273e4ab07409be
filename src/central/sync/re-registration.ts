import { z } from 'zod';
import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import type { IncomingEvent } from './incoming-event';
import { ledgerEventIds } from './ledger-queries';
import { heldCasesReceivedAt } from './registration-queries';

export const reRegistrationReason =
  '该案件编号在中心已有另一次受理登记（本窗口可能从旧备份恢复后重复使用了编号），中心不予覆盖原案件；请主管核对后作废本窗口的这笔受理并重新受理';

/**
 * A `case.registered` for a case the centre already holds is a second registration under one
 * number (a desk restored from an old backup issues the numbers it used after the backup again,
 * docs/sync-protocol.md §4.3): it must not overwrite the earlier case. The same registration sent
 * again is left alone: the ledger holds it under its seq, and it is answered `duplicate`. The
 * changes that follow a refused registration are refused too.
 * Rejects those (with `reRegistrationReason`) and returns the other events, and which of the
 * batch's case numbers the centre already holds (the others are new cases).
 */
export async function withoutReRegistrations<T extends { event: IncomingEvent; index: number }>(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  accepted: readonly T[],
  reject: (index: number, reason: string, raw: unknown) => void,
): Promise<{ accepted: T[]; held: ReadonlySet<string> }> {
  const { refused, held } = await reRegistrations(
    tx,
    desk,
    accepted.map((a) => a.event),
  );
  accepted.forEach((a, position) => refused.has(position) && reject(a.index, reRegistrationReason, a.event));
  return { accepted: accepted.filter((_, position) => !refused.has(position)), held: new Set(held.keys()) };
}

const receivedAtOf = (payload: unknown) => z.object({ receivedAt: z.string() }).safeParse(payload).data?.receivedAt;

/**
 * The positions (in `events`) of events that would overwrite a held case with another one: a second
 * registration of its number, or a later change of a case registered at another time (the follow-ups
 * of a refused registration; `receivedAt` is set once, at registration).
 */
async function reRegistrations(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  events: readonly IncomingEvent[],
): Promise<{ refused: Set<number>; held: Map<string, string | null> }> {
  const caseEvents = [...events.entries()].filter(([, e]) => e.entity === 'case');
  const held = await heldCasesReceivedAt(
    tx,
    desk,
    caseEvents.map(([, e]) => e.entityId),
  );
  const onHeldCases = caseEvents.filter(([, e]) => held.has(e.entityId));
  const registrations = onHeldCases.filter(([, e]) => e.op === 'case.registered');
  const ledger = await ledgerEventIds(
    tx,
    desk,
    registrations.map(([, e]) => e.seq),
  );
  const secondRegistrations = registrations.filter(([, e]) => ledger.get(e.seq) !== e.eventId.toLowerCase());
  const otherCaseChanges = onHeldCases.filter(([, e]) => {
    const heldAt = held.get(e.entityId);
    const sentAt = receivedAtOf(e.payload);
    return e.op !== 'case.registered' && heldAt != null && sentAt !== undefined && sentAt !== heldAt;
  });
  return { refused: new Set([...secondRegistrations, ...otherCaseChanges].map(([index]) => index)), held };
}
