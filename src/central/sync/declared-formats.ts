import { caseNumberFormatProblem } from '../../shared/intake/case-number';
import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';

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

/** The desk as it stands with this batch's formats; they are kept on its row for later batches. */
export async function learnFormats(tx: SqlQueries, desk: AuthenticatedDesk, declared: readonly string[]): Promise<AuthenticatedDesk> {
  const fresh = [...new Set(declared)].filter((format) => !desk.caseNumberFormats.includes(format));
  if (fresh.length === 0) return desk;
  const caseNumberFormats = [...desk.caseNumberFormats, ...fresh];
  await tx.query('UPDATE desks SET case_number_formats = $2::jsonb WHERE id = $1', [desk.id, JSON.stringify(caseNumberFormats)]);
  return { ...desk, caseNumberFormats };
}
