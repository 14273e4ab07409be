import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import type { IncomingEvent } from './incoming-event';
import { ledgerEventIds } from './ledger-queries';
import { heldCaseNos } from './registration-queries';

export const reRegistrationReason =
  '该案件编号在中心已有另一次受理登记（本窗口可能从旧备份恢复后重复使用了编号），中心不予覆盖原案件；请主管核对后作废本窗口的这笔受理并重新受理';

/**
 * A `case.registered` for a case the centre already holds is a second registration under one
 * number (a desk restored from an old backup issues the numbers it used after the backup again,
 * docs/sync-protocol.md §4.3): it must not overwrite the earlier case. The same registration sent
 * again is left alone: the ledger holds it under its seq, and it is answered `duplicate`.
 * Rejects those (with `reRegistrationReason`) and returns the other events.
 */
export async function withoutReRegistrations<T extends { event: IncomingEvent; index: number }>(
  tx: SqlQueries,
  desk: AuthenticatedDesk,
  accepted: readonly T[],
  reject: (index: number, reason: string, raw: unknown) => void,
): Promise<T[]> {
  const refused = await reRegistrations(
    tx,
    desk,
    accepted.map((a) => a.event),
  );
  accepted.forEach((a, position) => refused.has(position) && reject(a.index, reRegistrationReason, a.event));
  return accepted.filter((_, position) => !refused.has(position));
}

/** The positions (in `events`) of second registrations of a case the centre holds. */
async function reRegistrations(tx: SqlQueries, desk: AuthenticatedDesk, events: readonly IncomingEvent[]): Promise<Set<number>> {
  const registrations = [...events.entries()].filter(([, e]) => e.entity === 'case' && e.op === 'case.registered');
  const held = await heldCaseNos(
    tx,
    desk,
    registrations.map(([, e]) => e.entityId),
  );
  const onHeldCases = registrations.filter(([, e]) => held.has(e.entityId));
  const ledger = await ledgerEventIds(
    tx,
    desk,
    onHeldCases.map(([, e]) => e.seq),
  );
  return new Set(onHeldCases.filter(([, e]) => ledger.get(e.seq) !== e.eventId.toLowerCase()).map(([index]) => index));
}
