import type { Migration } from './migration';

/**
 * Hardening (issue 10):
 * - desks.case_number_formats: every case-number format a window has declared in its settings
 *   events, learned from the ledger so far; the centre reads a case number only with these (and
 *   the default), with the hall and window of the credential.
 * - cases.query_code becomes the SHA-256 (hex) of the code: a copy of the centre's database no
 *   longer opens every status page.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'desk-formats-hashed-codes',
  statements: [
    `ALTER TABLE desks ADD COLUMN case_number_formats jsonb NOT NULL DEFAULT '[]'::jsonb`,
    `UPDATE desks SET case_number_formats = coalesce((
       SELECT jsonb_agg(DISTINCT e.payload->>'caseNumberFormat')
       FROM received_events e
       WHERE e.desk_id = desks.id AND e.entity = 'desk-settings' AND e.entity_id = 'desk'
         AND jsonb_typeof(e.payload->'caseNumberFormat') = 'string'
     ), '[]'::jsonb)`,
    `UPDATE cases SET query_code = encode(sha256(convert_to(query_code, 'UTF8')), 'hex') WHERE query_code IS NOT NULL`,
  ],
};
