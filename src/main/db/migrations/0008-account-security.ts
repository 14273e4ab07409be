import type { Migration } from './index';

/**
 * Issue 10, accounts. `login_throttle` counts failed password checks per account and source (a
 * browser admitted by the web host's launch link, or the desktop app's windows), so a stranger's
 * guesses slow down only their own source; `users.failed_attempts`/`locked_until` become the
 * account-wide count and the hard lock after many more failures. `must_change_password` is set
 * by an administrator's reset (and optionally at creation) and cleared by the owner's change.
 */
export const accountSecurity: Migration = {
  version: 8,
  name: 'account-security',
  sql: /* sql */ `
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));

CREATE TABLE login_throttle (
  user_id INTEGER NOT NULL REFERENCES users (id),
  source TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0,
  blocked_until TEXT,
  PRIMARY KEY (user_id, source)
) STRICT;
`,
};
