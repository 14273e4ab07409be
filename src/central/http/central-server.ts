import { createAdaptorServer } from '@hono/node-server';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { CentralDeps } from './central-deps';
import { createCentralApp } from './central-app';

/** Node's own guards against slow clients (slow-loris): they hold a socket, not the centre's work. */
export interface CentralServerTimeouts {
  /** The request line and headers must arrive within this. */
  headersMs: number;
  /** The whole request, body included: a 5 MB batch or a 20 MB catalogue over a slow link fits. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
}

export const centralServerTimeouts: CentralServerTimeouts = { headersMs: 10_000, requestMs: 120_000, keepAliveMs: 5_000 };

/** The centre's HTTP server (Hono's app on Node's server), not yet listening. */
export function createCentralServer(deps: CentralDeps, timeouts: Partial<CentralServerTimeouts> = {}): Server {
  const limits = { ...centralServerTimeouts, ...timeouts };
  const app = createCentralApp(deps);
  // Global objects overridden (the default): Hono's bodyLimit rebuilds a chunked request with the global
  // Request, which must accept the adapter's own request object (a subclass of Node's Request).
  const server = createAdaptorServer({
    fetch: app.fetch,
    createServer,
    serverOptions: {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      // How often Node checks the two above; by default only every 30 s.
      connectionsCheckingInterval: Math.min(1_000, limits.headersMs),
    },
  }) as Server;
  server.keepAliveTimeout = limits.keepAliveMs;
  return server;
}
