import { authenticateDesk } from '../desks/authenticate-desk';
import { enrolDesk, enrolInputSchema } from '../desks/enrol-desk';
import { applyBatch } from '../sync/apply-batch';
import { batchEnvelopeSchema, batchTooLargeMessage, hasTooManyEvents, maxBatchBytes } from '../sync/batch-request';
import { readHallSnapshot, snapshotQuerySchema } from '../sync/hall-snapshot';
import { changesQuerySchema, listChanges } from '../sync/list-changes';
import { protocolVersion } from '../version';
import type { CentralDeps } from './central-deps';
import { tooLarge } from './http-error';
import { parseInput, queryObject } from './parse-input';
import { kib, readJsonBody } from './read-body';
import { okReply } from './replies';
import type { Route } from './router';

const smallBodyLimit = 16 * kib;
const smallBodyMessage = '请求内容过大';

/** The API a desk's sync engine talks to (docs/sync-protocol.md). */
export function deskRoutes(deps: CentralDeps): Route[] {
  const { sql } = deps;
  return [
    {
      method: 'GET',
      path: '/v1/health',
      handler: async () => okReply({ version: deps.version, protocol: protocolVersion }),
    },
    {
      method: 'POST',
      path: '/v1/enrol',
      handler: async ({ req }) => {
        const input = parseInput(enrolInputSchema, await readJsonBody(req, smallBodyLimit, smallBodyMessage));
        return okReply(await enrolDesk(sql, input));
      },
    },
    {
      method: 'POST',
      path: '/v1/batches',
      handler: async ({ req }) => {
        // Before the body: an unknown caller cannot make the centre read 5 MB.
        const desk = await authenticateDesk(sql, req.headers.authorization);
        const body = await readJsonBody(req, maxBatchBytes, batchTooLargeMessage);
        if (hasTooManyEvents(body)) throw tooLarge(batchTooLargeMessage);
        return okReply(await applyBatch(sql, desk, parseInput(batchEnvelopeSchema, body)));
      },
    },
    {
      method: 'GET',
      path: '/v1/changes',
      handler: async ({ req, url }) => {
        const desk = await authenticateDesk(sql, req.headers.authorization);
        return okReply(await listChanges(sql, desk, parseInput(changesQuerySchema, queryObject(url))));
      },
    },
    {
      method: 'GET',
      path: '/v1/snapshot',
      handler: async ({ req, url }) => {
        const desk = await authenticateDesk(sql, req.headers.authorization);
        return okReply(await readHallSnapshot(sql, desk, parseInput(snapshotQuerySchema, queryObject(url))));
      },
    },
  ];
}
