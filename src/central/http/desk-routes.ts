import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authenticateDesk } from '../desks/authenticate-desk';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { enrolDesk, enrolInputSchema } from '../desks/enrol-desk';
import { applyBatch } from '../sync/apply-batch';
import { batchEnvelopeSchema, batchTooLargeMessage, hasTooManyEvents, maxBatchBytes } from '../sync/batch-request';
import { readHallSnapshot, snapshotQuerySchema } from '../sync/hall-snapshot';
import { plainBatchEnvelope } from '../sync/plain-batch';
import { changesQuerySchema, listChanges } from '../sync/list-changes';
import { protocolVersion } from '../version';
import type { CentralDeps } from './central-deps';
import type { CentralEnv } from './central-env';
import { tooLarge } from './http-error';
import { kib } from './read-body';
import { okReply } from './replies';
import { jsonInput, limitBody, queryInput } from './validate-input';

const smallBodyLimit = 16 * kib;
const smallBodyMessage = '请求内容过大';

/** The API a desk's sync engine talks to (docs/sync-protocol.md). */
export function deskRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const { sql } = deps;
  // Before the body: an unknown caller cannot make the centre read 5 MB.
  const desk = createMiddleware<CentralEnv & { Variables: { desk: AuthenticatedDesk } }>(async (c, next) => {
    c.set('desk', await authenticateDesk(sql, c.req.header('authorization')));
    await next();
  });
  const refuseTooManyEvents = (body: unknown) => {
    if (hasTooManyEvents(body)) throw tooLarge(batchTooLargeMessage);
  };
  return new Hono<CentralEnv>()
    .get('/v1/health', (c) => okReply(c, { version: deps.version, protocol: protocolVersion }))
    .post('/v1/enrol', limitBody(smallBodyLimit, smallBodyMessage), jsonInput(enrolInputSchema), async (c) =>
      okReply(c, await enrolDesk(sql, c.get('input'))),
    )
    .post(
      '/v1/batches',
      desk,
      limitBody(maxBatchBytes, batchTooLargeMessage),
      jsonInput(batchEnvelopeSchema, { precheck: refuseTooManyEvents, plain: plainBatchEnvelope }),
      async (c) => {
        const result = await applyBatch(sql, c.get('desk'), c.get('input'));
        deps.payloadChecker?.kick();
        return okReply(c, result);
      },
    )
    .get('/v1/changes', desk, queryInput(changesQuerySchema), async (c) =>
      okReply(c, await listChanges(sql, c.get('desk'), c.get('query'))),
    )
    .get('/v1/snapshot', desk, queryInput(snapshotQuerySchema), async (c) =>
      okReply(c, await readHallSnapshot(sql, c.get('desk'), c.get('query'))),
    );
}
