import type { AdminGuard } from '../admin/admin-auth';
import type { Sql } from '../db/sql';

export interface CentralDeps {
  sql: Sql;
  admin: AdminGuard;
  version: string;
  /** Where unexpected failures are reported (the clerk only sees a Chinese 500). */
  logError: (message: string, error: unknown) => void;
}
