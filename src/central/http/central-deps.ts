import type { AdminGuard } from '../admin/admin-auth';
import type { Sql } from '../db/sql';
import type { PagesDeps } from '../pages-store/page-routes';
import type { RateLimiter } from './rate-limit';

export interface CentralDeps {
  sql: Sql;
  admin: AdminGuard;
  version: string;
  /** Where unexpected failures are reported (the clerk only sees a Chinese 500). */
  logError: (message: string, error: unknown) => void;
  /** Public status lookups per source address (a default of 20 a minute when not given). */
  statusRateLimiter?: RateLimiter;
  /** Sign-ins to the web app per source address (a default of 30 a minute when not given). */
  signInRateLimiter?: RateLimiter;
  /** Told after each applied batch, so the background payload check runs right after it (none: checked when read). */
  payloadChecker?: { kick(): void };
  /** CENTRAL_TRUSTED_PROXY: the reverse proxy's address, whose X-Forwarded-For names the source. */
  trustedProxy?: string;
  /** The built web app served at /work (CENTRAL_WEB_DIR; by default out/central-web). */
  webDir?: string;
  /** The clock of sessions, lockouts and the audit log (tests move it); the system clock when not given. */
  now?: () => Date;
  /** Electronic material pages (blob store, tus uploads); the page routes are served only when given. */
  pages?: PagesDeps;
}
