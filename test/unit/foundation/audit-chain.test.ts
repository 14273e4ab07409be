import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { appendAudit } from '../../../src/main/services/audit/audit-log';
import { verifyAuditChain } from '../../../src/main/services/audit/verify-audit-chain';

function auditedDb(rows: number) {
  const db = new Database(':memory:');
  migrate(db);
  for (let i = 0; i < rows; i += 1) {
    appendAudit(db, { at: `2026-03-02T0${i % 10}:00:00Z`, actorId: 1, actorStaffNo: 'A001', action: 'test.action', detail: { i } });
  }
  return db;
}

/** Tampering happens outside the app (a DB tool), which can drop the guard triggers first. */
function tamper(db: Database.Database, sql: string) {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
}

describe('verifyAuditChain', () => {
  it('accepts an untouched chain', () => {
    expect(verifyAuditChain(auditedDb(20))).toEqual({ ok: true, checked: 20, brokenAtSeq: null });
  });

  it('finds an edited row', () => {
    const db = auditedDb(20);
    tamper(db, `UPDATE audit_log SET detail = '{"i":99}' WHERE seq = 7`);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 7 });
  });

  it('finds an edited row even when its own hash was recomputed (the next link breaks)', () => {
    const db = auditedDb(5);
    tamper(db, `UPDATE audit_log SET actor_staff_no = 'X', hash = 'f' || substr(hash, 2) WHERE seq = 3`);
    expect(verifyAuditChain(db).ok).toBe(false);
  });

  it('finds a deleted row', () => {
    const db = auditedDb(10);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 4');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 5 });
  });
});
