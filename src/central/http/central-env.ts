import type { HttpBindings } from '@hono/node-server';
import type { CentreUser } from '../accounts/centre-user';

/** What every centre handler sees: the Node request under Hono's, for the peer address. */
export interface CentralEnv {
  Bindings: HttpBindings;
  Variables: {
    /** The signed-in centre account (cookie session), set by the session middleware; absent when nobody is signed in. */
    centreUser?: CentreUser;
    /** The cookie session behind centreUser (src/central/accounts/session-middleware.ts). */
    centreSession?: { sessionId: string; mustChangePassword: boolean };
  };
}
