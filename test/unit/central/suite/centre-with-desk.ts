import { afterEach, beforeEach } from 'vitest';
import { createHall, enrolNewDesk } from './desk-fixtures';
import type { EnrolledDesk } from './desk-fixtures';
import { centreHookTimeout, startTestCentre } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

export interface CentreWithDesk {
  centre: TestCentre;
  /** Window 03 of hall JC, enrolled. */
  jc: EnrolledDesk;
}

/**
 * Registers the hooks of a suite whose every test has a fresh centre with these halls (JC among
 * them) and the JC-03 desk enrolled; read the fields inside tests, they are new for each one.
 */
export function useCentreWithDesk(store: TestStore, halls: readonly string[] = ['JC']): CentreWithDesk {
  const current = {} as CentreWithDesk;
  beforeEach(async () => {
    current.centre = await startTestCentre(store);
    for (const hall of halls) await createHall(current.centre, hall);
    current.jc = await enrolNewDesk(current.centre, 'JC', '03');
  }, centreHookTimeout);
  afterEach(() => current.centre.close(), centreHookTimeout);
  return current;
}
