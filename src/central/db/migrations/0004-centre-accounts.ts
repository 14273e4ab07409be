import type { Migration } from './migration';

/**
 * People at the centre (issue 14): accounts signing in by 工号 and password, their sessions (only
 * the hash of a session id is stored), and the centre's audit log, hash-chained like the desk's.
 * A department reviewer names a department (and, when a hall administrator created it, a hall);
 * a hall administrator names a hall; the inspector and the centre administrator neither.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'centre-accounts',
  statements: [
    `CREATE TABLE centre_accounts (
      id uuid PRIMARY KEY,
      staff_no text NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('department-reviewer', 'hall-admin', 'inspector', 'centre-admin')),
      hall_code text REFERENCES halls (code),
      department text,
      password_hash text NOT NULL,
      failed_count integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      must_change_password boolean NOT NULL DEFAULT true,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((role = 'department-reviewer') = (department IS NOT NULL)),
      CHECK (role <> 'hall-admin' OR hall_code IS NOT NULL),
      CHECK (role NOT IN ('inspector', 'centre-admin') OR hall_code IS NULL)
    )`,
    `CREATE UNIQUE INDEX centre_accounts_by_staff_no ON centre_accounts (upper(staff_no))`,
    `CREATE TABLE centre_sessions (
      id_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES centre_accounts (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`,
    `CREATE INDEX centre_sessions_by_account ON centre_sessions (account_id)`,
    `CREATE TABLE centre_audit_log (
      seq bigint PRIMARY KEY,
      at text NOT NULL,
      actor_id text,
      actor_staff_no text,
      action text NOT NULL,
      entity text,
      entity_id text,
      detail text NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`,
  ],
};
