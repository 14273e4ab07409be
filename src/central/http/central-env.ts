import type { HttpBindings } from '@hono/node-server';

/** What every centre handler sees: the Node request under Hono's, for the peer address. */
export interface CentralEnv {
  Bindings: HttpBindings;
}
