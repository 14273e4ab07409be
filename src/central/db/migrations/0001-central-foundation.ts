import type { Migration } from './migration';

/** Halls, desks and their credentials, the event ledger, cases, and what the centre publishes. */
export const migration0001: Migration = {
  version: 1,
  name: 'central-foundation',
  statements: [
    `CREATE TABLE halls (
      code text PRIMARY KEY,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE desks (
      id uuid PRIMARY KEY,
      hall_code text NOT NULL REFERENCES halls (code),
      desk_no text NOT NULL,
      credential_hash text NOT NULL,
      enrolled_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      last_batch_at timestamptz,
      UNIQUE (hall_code, desk_no)
    )`,
    `CREATE TABLE enrolment_codes (
      code_hash text PRIMARY KEY,
      hall_code text NOT NULL REFERENCES halls (code),
      desk_no text NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      used_by_desk uuid REFERENCES desks (id)
    )`,
    `CREATE TABLE batches (
      batch_id uuid PRIMARY KEY,
      desk_id uuid NOT NULL REFERENCES desks (id),
      event_count integer NOT NULL,
      attempts integer NOT NULL DEFAULT 1,
      first_received_at timestamptz NOT NULL DEFAULT now(),
      last_received_at timestamptz NOT NULL DEFAULT now()
    )`,
    // The at-most-once ledger: an event id is applied the first time it arrives, never again.
    `CREATE TABLE received_events (
      event_id uuid PRIMARY KEY,
      desk_id uuid NOT NULL REFERENCES desks (id),
      hall_code text NOT NULL REFERENCES halls (code),
      batch_id uuid NOT NULL,
      seq bigint NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      op text NOT NULL,
      payload jsonb NOT NULL,
      created_at text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX received_events_by_hall ON received_events (hall_code, received_at)`,
    `CREATE INDEX received_events_by_desk ON received_events (desk_id, seq)`,
    `CREATE TABLE cases (
      case_no text PRIMARY KEY,
      hall_code text NOT NULL REFERENCES halls (code),
      desk_no text NOT NULL,
      payload jsonb NOT NULL,
      content_hash text NOT NULL,
      state text NOT NULL,
      promised_date date,
      query_code text,
      last_event_id uuid NOT NULL,
      department_state text,
      department text,
      department_note text,
      status_updated_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX cases_by_hall ON cases (hall_code)`,
    // event_id is text: a rejected event may not even carry a valid uuid.
    `CREATE TABLE rejected_events (
      event_id text PRIMARY KEY,
      desk_id uuid NOT NULL REFERENCES desks (id),
      hall_code text NOT NULL REFERENCES halls (code),
      batch_id uuid NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      op text NOT NULL,
      event_json text NOT NULL,
      reason text NOT NULL,
      attempts integer NOT NULL DEFAULT 1,
      first_rejected_at timestamptz NOT NULL DEFAULT now(),
      last_rejected_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz
    )`,
    `CREATE INDEX rejected_events_by_hall ON rejected_events (hall_code, last_rejected_at)`,
    `CREATE TABLE publications (
      cursor bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('catalogue', 'calendar', 'case-status')),
      hall_code text REFERENCES halls (code),
      body jsonb NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX publications_by_hall ON publications (hall_code, cursor)`,
    // A published item version never changes; this is how the centre holds to that.
    `CREATE TABLE catalogue_item_versions (
      item_code text NOT NULL,
      version integer NOT NULL,
      content_hash text NOT NULL,
      first_cursor bigint NOT NULL REFERENCES publications (cursor),
      PRIMARY KEY (item_code, version)
    )`,
  ],
};
