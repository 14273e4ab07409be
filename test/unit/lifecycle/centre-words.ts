import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type Db } from '../../../src/main/db/open-database';
import { CalendarService } from '../../../src/main/services/calendar/calendar-service';
import { CatalogueService } from '../../../src/main/services/catalogue/catalogue-service';
import { applyChanges } from '../../../src/main/sync/apply-changes';
import type { ChangesReply } from '../../../src/main/sync/central-client';
import type { TestDesk } from '../../helpers/test-backend';
import { openLifecycleDesk } from './lifecycle-fixtures';

type Change = ChangesReply['changes'][number];

/**
 * The centre's feed as a desk's pull meets it, without a centre: `word` makes a `case-status`
 * change under the next cursor, `pull` applies a page on a second connection to the desk's
 * store, as the sync engine's pull does.
 */
export interface CentreFeed {
  db: Db;
  word(body: { caseNo: string; state: string; stateLabel: string; department: string; note?: string } & Record<string, unknown>): Change;
  pull(changes: Change[]): { applied: number; conflicts: number };
  close(): void;
}

export function centreFeed(desk: TestDesk): CentreFeed {
  const db: Db = openDatabase(join(desk.dataDir, 'halldesk.sqlite3'));
  let cursor = 0;
  return {
    db,
    word(body) {
      cursor += 1;
      return {
        cursor,
        kind: 'case-status',
        publishedAt: '2026-03-02T02:00:00.000Z',
        body: { hallCode: 'JC', deskNo: '03', note: '', updatedAt: '2026-03-02T02:00:00.000Z', ...body },
      };
    },
    pull(changes) {
      const services = { catalogue: new CatalogueService(db), calendar: new CalendarService(db) };
      const page = { changes, nextCursor: changes.at(-1)?.cursor ?? cursor, hasMore: false };
      return applyChanges(db, services, page, desk.clock.now().toISOString());
    },
    close: () => db.close(),
  };
}

/** Each test gets a lifecycle desk and the centre's feed to it, handed to `use` before it runs and closed after it. */
export function eachTestDeskWithFeed(use: (opened: { desk: TestDesk; feed: CentreFeed }) => void): void {
  let opened: { desk: TestDesk; feed: CentreFeed } | null = null;
  beforeEach(async () => {
    const desk = await openLifecycleDesk();
    opened = { desk, feed: centreFeed(desk) };
    use(opened);
  });
  afterEach(() => {
    opened?.feed.close();
    opened?.desk.close();
  });
}
