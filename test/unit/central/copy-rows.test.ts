import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshSchemaName, availableTestStores } from './suite/test-stores';

/*
 * COPY is how a batch stores its rows (ledger-queries.ts). When a row collides with one another
 * transaction stored, the COPY must fail with the unique violation at once, on every store: the
 * batch is then applied again (apply-batch.ts). A COPY that never answered held the request until
 * the server's timeout.
 */
describe.each(availableTestStores())('COPY on $name', (store) => {
  beforeAll(() => store.warmUp(), 120_000);
  afterAll(() => store.shutdown());

  it('stores the rows, and a row that collides fails the COPY with 23505 and leaves the connection usable', async () => {
    const schema = freshSchemaName();
    const sql = await store.openSchema(schema);
    try {
      await sql.query('CREATE TABLE copied (id integer PRIMARY KEY, body text)');
      await sql.transaction((tx) =>
        tx.copyRows(
          'copied',
          ['id', 'body'],
          [
            [1, 'a\tb'],
            [2, null],
          ],
        ),
      );
      const collision = sql.transaction((tx) =>
        tx.copyRows(
          'copied',
          ['id', 'body'],
          [
            [3, 'c'],
            [1, 'again'],
          ],
        ),
      );
      await expect(collision).rejects.toMatchObject({ code: '23505' });
      expect(await sql.query('SELECT id, body FROM copied ORDER BY id')).toEqual([
        { id: 1, body: 'a\tb' },
        { id: 2, body: null },
      ]);
    } finally {
      await sql.close();
      await store.dropSchema(schema);
    }
  });
});
