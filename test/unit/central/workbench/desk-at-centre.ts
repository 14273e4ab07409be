import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openTestDesk, setUpDesk, type TestDesk } from '../../../helpers/test-backend';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../suite/test-centre';
import { availableTestStores } from '../suite/test-stores';

export interface DeskAtCentre {
  centre: TestCentre;
  desk: TestDesk;
  /** The desk's signed-in window clerk. */
  window: string;
}

/**
 * Registers the hooks of a test file whose every test has a centre (halls JC and XY) and a desk
 * enrolled as JC-03; read the fields inside tests, they are new for each one.
 */
export function useDeskAtCentre(): DeskAtCentre {
  const store = availableTestStores()[0]!;
  const current = { window: 'admin-window' } as DeskAtCentre;
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());
  beforeEach(async () => {
    current.centre = await startTestCentre(store);
    await current.centre.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
    await current.centre.admin.createHall({ code: 'XY', name: '新阳区政务服务中心' });
    current.desk = openTestDesk();
    await setUpDesk(current.desk, current.window);
    const { enrolmentCode } = await current.centre.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
    await current.desk.call('sync.enrol', { centralUrl: current.centre.url, enrolmentCode }, current.window);
  }, centreHookTimeout);
  afterEach(async () => {
    current.desk.close();
    await current.centre.close();
  }, centreHookTimeout);
  return current;
}
