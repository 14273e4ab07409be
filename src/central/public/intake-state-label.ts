import { z } from 'zod';
import { caseStateLabels, caseStates } from '../../shared/intake/case-types';

const caseStateSchema = z.enum(caseStates);

/** A stored intake state in words; one this centre does not know (a newer desk's) shows as it was sent. */
export function intakeStateLabel(state: string): string {
  const known = caseStateSchema.safeParse(state);
  return known.success ? caseStateLabels[known.data] : state;
}
