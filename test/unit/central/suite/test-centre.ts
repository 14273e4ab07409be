import type { AddressInfo } from 'node:net';
import { createAdminGuard } from '../../../../src/central/admin/admin-auth';
import type { AdminActions } from '../../../../src/central/cli/admin-actions';
import { httpAdminActions } from '../../../../src/central/cli/http-admin-client';
import { migrate } from '../../../../src/central/db/migrate';
import type { Sql } from '../../../../src/central/db/sql';
import type { CentralDeps } from '../../../../src/central/http/central-deps';
import { createCentralServer } from '../../../../src/central/http/central-server';
import type { CentralServerTimeouts } from '../../../../src/central/http/central-server';
import { settleProjections } from '../../../../src/central/sync/settle-projections';
import { useChineseValidationMessages } from '../../../../src/shared/contract/zod-locale';
import { freshSchemaName } from './test-stores';
import type { TestStore } from './test-stores';

/** For hooks that start a centre: generous, since a loaded CI machine runs many suites at once. */
export const centreHookTimeout = 30_000;

export const testAdminToken = 'test-admin-token-0123456789';

export interface TestCentre {
  url: string;
  sql: Sql;
  schema: string;
  admin: AdminActions;
  /** Checks and projects every queued batch, as a reader of the projections does first (settle-projections.ts). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** A migrated centre in a fresh schema, listening on a free loopback port; `options` adds to its dependencies. */
export async function startTestCentre(
  store: TestStore,
  {
    timeouts,
    ...options
  }: Partial<Pick<CentralDeps, 'trustedProxy' | 'logError' | 'pages'>> & { timeouts?: Partial<CentralServerTimeouts> } = {},
): Promise<TestCentre> {
  useChineseValidationMessages();
  const schema = freshSchemaName();
  const sql = await store.openSchema(schema);
  await migrate(sql);
  const server = createCentralServer(
    {
      sql,
      admin: createAdminGuard(testAdminToken),
      version: 'test',
      logError: (message, error) => console.error(message, error),
      ...options,
    },
    timeouts,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sql,
    schema,
    admin: httpAdminActions(url, testAdminToken),
    settle: () => settleProjections(sql, null),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.close();
      await store.dropSchema(schema);
    },
  };
}
