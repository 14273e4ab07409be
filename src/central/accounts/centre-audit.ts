import { auditChainWalker, auditGenesisHash, auditHashText } from '../../shared/audit/audit-chain';
import type { AuditVerification } from '../../shared/audit/audit-chain';
import type { Sql, SqlQueries } from '../db/sql';
import { sha256Hex } from '../security/secrets';
import type { CentreUser } from './centre-user';
import { insertAuditRow, lockLastAuditLink, readAuditRows } from './centre-audit-queries';

export interface CentreAuditInput {
  /** Who acted: the signed-in account, null for the admin token (CLI) or a sign-in by someone unknown. */
  actor: Pick<CentreUser, 'accountId' | 'staffNo'> | null;
  action: string;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
  now: Date;
}

/** Appends one row to the centre's audit log; call inside the transaction of the action it records. */
export async function appendCentreAudit(tx: SqlQueries, input: CentreAuditInput): Promise<void> {
  const last = await lockLastAuditLink(tx);
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: input.now.toISOString(),
    actor_id: input.actor?.accountId ?? null,
    actor_staff_no: input.actor?.staffNo ?? null,
    action: input.action,
    entity: input.entity ?? null,
    entity_id: input.entityId ?? null,
    detail: JSON.stringify(input.detail ?? {}),
    prev_hash: last?.hash ?? auditGenesisHash,
  };
  await insertAuditRow(tx, { ...row, hash: sha256Hex(auditHashText(row)) });
}

const pageSize = 1000;

/** Walks the whole log in seq order, a page at a time; the first changed, missing or relinked row is named. */
export async function verifyCentreAudit(sql: Sql): Promise<AuditVerification> {
  const walker = auditChainWalker(sha256Hex);
  let afterSeq = 0;
  for (;;) {
    const rows = await readAuditRows(sql, afterSeq, pageSize);
    for (const row of rows) if (!walker.next(row)) return walker.result();
    if (rows.length < pageSize) return walker.result();
    afterSeq = rows.at(-1)!.seq;
  }
}
