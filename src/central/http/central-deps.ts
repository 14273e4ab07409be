import type { AdminGuard } from '../admin/admin-auth';
import type { Sql } from '../db/sql';
import type { RateLimiter } from './rate-limit';

export interface CentralDeps {
  sql: Sql;
  admin: AdminGuard;
  version: string;
  /** Where unexpected failures are reported (the clerk only sees a Chinese 500). */
  logError: (message: string, error: unknown) => void;
  /** Public status lookups per source address (a default of 20 a minute when not given). */
  statusRateLimiter?: RateLimiter;
  /** CENTRAL_TRUSTED_PROXY: the reverse proxy's address, whose X-Forwarded-For names the source. */
  trustedProxy?: string;
  /** The built web app served at /work (CENTRAL_WEB_DIR; by default out/central-web). */
  webDir?: string;
}
