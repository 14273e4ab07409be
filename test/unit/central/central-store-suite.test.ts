import { afterAll, beforeAll, describe } from 'vitest';
import { defineAdminTests } from './suite/admin-suite';
import { defineBatchTests } from './suite/batches-suite';
import { defineChangesTests } from './suite/changes-suite';
import { defineEnrolmentTests } from './suite/enrolment-suite';
import { defineHttpTests } from './suite/http-suite';
import { defineMigrationTests } from './suite/migrations-suite';
import { defineQuarantineTests } from './suite/quarantine-suite';
import { defineStatusPageTests } from './suite/status-page-suite';
import { availableTestStores } from './suite/test-stores';

/*
 * The centre's whole behaviour, once per store: PGlite always, a PostgreSQL server as well when
 * CENTRAL_TEST_DATABASE_URL is set (the store module prints one line when it is not).
 */
const stores = availableTestStores();

describe.each(stores)('central platform on $name', (store) => {
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());
  describe('migrations', () => defineMigrationTests(store));
  describe('enrolment and credentials', () => defineEnrolmentTests(store));
  describe('batches', () => defineBatchTests(store));
  describe('payload quarantine', () => defineQuarantineTests(store));
  describe('changes feed and publishing', () => defineChangesTests(store));
  describe('public status page', () => defineStatusPageTests(store));
  describe('administration', () => defineAdminTests(store));
  describe('HTTP layer', () => defineHttpTests(store));
});
