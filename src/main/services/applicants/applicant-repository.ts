import { applicantRecordSchema, type ApplicantRecord } from '../../../shared/intake/case-types';
import type { Db } from '../../db/open-database';
import { parseNarrowColumns } from '../../db/parse-row';

interface ApplicantRow {
  id: number;
  kind: 'person' | 'enterprise';
  id_kind: string;
  id_number: string;
  name: string;
  phone: string;
  address: string | null;
  legal_representative: string | null;
  contact_name: string | null;
}

const applicantColumns = applicantRecordSchema.pick({ kind: true });

function toRecord(row: ApplicantRow): ApplicantRecord {
  return {
    kind: row.kind,
    idKind: row.id_kind,
    idNumber: row.id_number,
    name: row.name,
    phone: row.phone,
    address: row.address,
    legalRepresentative: row.legal_representative,
    contactName: row.contact_name,
  };
}

/** A returning applicant, found by ID or credit code, so the clerk fills nothing twice. */
export function findApplicant(db: Db, kind: 'person' | 'enterprise', idNumber: string): ApplicantRecord | null {
  const row = db
    .prepare(
      `SELECT * FROM applicants WHERE kind = ? AND id_number = ?
       ORDER BY updated_at DESC LIMIT 1`,
    )
    .get(kind, idNumber.trim().toUpperCase());
  return row ? toRecord(parseNarrowColumns<ApplicantRow>(applicantColumns, row, '申请人')) : null;
}

/** Keeps the latest contact details; returns the applicant's id. */
export function upsertApplicant(db: Db, applicant: ApplicantRecord, at: string): number {
  const row = db
    .prepare(
      `INSERT INTO applicants (kind, id_kind, id_number, name, phone, address, legal_representative, contact_name, updated_at)
       VALUES (@kind, @idKind, @idNumber, @name, @phone, @address, @legalRepresentative, @contactName, @at)
       ON CONFLICT (id_kind, id_number) DO UPDATE SET
         name = excluded.name, phone = excluded.phone, address = excluded.address,
         legal_representative = excluded.legal_representative, contact_name = excluded.contact_name,
         updated_at = excluded.updated_at
       RETURNING id`,
    )
    .get({ ...applicant, at }) as { id: number };
  return row.id;
}

export function updateApplicantContact(
  db: Db,
  id: number,
  contact: Pick<ApplicantRecord, 'phone' | 'address' | 'contactName'>,
  at: string,
): void {
  db.prepare('UPDATE applicants SET phone = ?, address = ?, contact_name = ?, updated_at = ? WHERE id = ?').run(
    contact.phone,
    contact.address,
    contact.contactName,
    at,
    id,
  );
}
