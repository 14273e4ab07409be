import type { Migration } from './migration';
import { createHallPartitionedTable } from './partitioned-table';

/**
 * Full payload validation off the batch's hot path (issue 12): the batch applies events after
 * light checks and queues itself for the background payload check (payload_check_queue, one row
 * per batch that stored new events); an event whose payload fails the full check is quarantined
 * (quarantined_events) and its case is withheld from every reader that publishes cases to others.
 * The desk's row counts its quarantined events for the admin overview.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'payload-quarantine',
  statements: [
    `CREATE TABLE payload_check_queue (
       hall_code text NOT NULL REFERENCES halls (code),
       desk_id uuid NOT NULL,
       batch_id uuid NOT NULL,
       first_seq bigint NOT NULL,
       last_seq bigint NOT NULL,
       queued_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (hall_code, desk_id, batch_id)
     )`,
    createHallPartitionedTable(
      'quarantined_events',
      `hall_code text NOT NULL REFERENCES halls (code),
       desk_id uuid NOT NULL,
       seq bigint NOT NULL,
       event_id uuid NOT NULL,
       entity text NOT NULL,
       entity_id text NOT NULL,
       op text NOT NULL,
       reason text NOT NULL,
       quarantined_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (hall_code, desk_id, seq)`,
    ),
    `CREATE INDEX quarantined_events_by_time ON quarantined_events (quarantined_at)`,
    `ALTER TABLE desks ADD COLUMN quarantined_events integer NOT NULL DEFAULT 0`,
  ],
};
