import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { CentralDeps } from './central-deps';
import { createCentralApp } from './central-app';

/** The centre's HTTP server (Node's, with its header and request timeouts), not yet listening. */
export function createCentralServer(deps: CentralDeps): Server {
  const app = createCentralApp(deps);
  // Global objects overridden (the default): Hono's bodyLimit rebuilds a chunked request with the global
  // Request, which must accept the adapter's own request object (a subclass of Node's Request).
  return createAdaptorServer({ fetch: app.fetch }) as Server;
}
