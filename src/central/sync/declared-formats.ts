import { caseNumberFormatProblem } from '../../shared/intake/case-number';
import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { updateDeskFormats } from '../desks/desk-queries';

/**
 * The case-number formats a batch declares: the desk's settings events (entity `desk-settings`,
 * id `desk`) carry `caseNumberFormat`. A format the rules refuse is never learned.
 */
export function formatsDeclaredIn(events: readonly unknown[]): string[] {
  const formats: string[] = [];
  for (const raw of events) {
    const event = raw as { entity?: unknown; entityId?: unknown; payload?: unknown };
    if (event.entity !== 'desk-settings' || event.entityId !== 'desk') continue;
    const format = (event.payload as { caseNumberFormat?: unknown } | null)?.caseNumberFormat;
    if (typeof format === 'string' && caseNumberFormatProblem(format) === null) formats.push(format);
  }
  return formats;
}

/** The desk as it stands with this batch's formats, before anything is written. */
export function knowFormats(desk: AuthenticatedDesk, declared: readonly string[]): AuthenticatedDesk {
  const fresh = [...new Set(declared)].filter((format) => !desk.caseNumberFormats.includes(format));
  return fresh.length === 0 ? desk : { ...desk, caseNumberFormats: [...desk.caseNumberFormats, ...fresh] };
}

/** Keeps newly learned formats on the desk's row for later batches (in the batch's transaction). */
export async function saveFormats(tx: SqlQueries, before: AuthenticatedDesk, after: AuthenticatedDesk): Promise<void> {
  if (after.caseNumberFormats.length === before.caseNumberFormats.length) return;
  await updateDeskFormats(tx, after.id, after.caseNumberFormats);
}
