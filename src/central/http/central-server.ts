import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { CentralDeps } from './central-deps';
import { createCentralApp } from './central-app';

/** The centre's HTTP server (Node's, with its header and request timeouts), not yet listening. */
export function createCentralServer(deps: CentralDeps): Server {
  const app = createCentralApp(deps);
  // The process's fetch/Request/Response stay Node's own: tests run a client and the centre in one process.
  return createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
}
