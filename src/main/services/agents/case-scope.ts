import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { assertMayAct } from '../lifecycle/case-guard';

/** The cases a call's input names: a case number, a printed document or a rating invitation. */
function casesNamedBy(db: Db, input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const named = input as { caseNo?: unknown; documentId?: unknown; invitationId?: unknown };
  const cases: string[] = [];
  const caseOf = (sql: string, id: unknown) => (db.prepare(sql).get(id) as { case_no: string } | undefined)?.case_no ?? '';
  if (typeof named.caseNo === 'string') cases.push(named.caseNo);
  if (typeof named.documentId === 'number') cases.push(caseOf('SELECT case_no FROM case_documents WHERE id = ?', named.documentId));
  if (typeof named.invitationId === 'number') cases.push(caseOf('SELECT case_no FROM rating_invitations WHERE id = ?', named.invitationId));
  return cases;
}

/**
 * A proxy agent (代办员) sees and touches only the cases assigned to them: every call that names
 * a case passes here in the dispatcher, whatever its endpoint. Lists (search, worklist) filter
 * by the same assignment (`agentScopeFilter`).
 */
export function assertCasesInScope(db: Db, user: SessionUser | null, input: unknown): void {
  if (user?.role !== 'agent') return;
  for (const caseNo of casesNamedBy(db, input)) assertMayAct(db, user, caseNo);
}

/** The search condition that keeps an agent's search to their assigned cases. */
export function agentScopeFilter(agentId: number): { sql: string; params: Record<string, string | number> } {
  return { sql: 's.case_no IN (SELECT case_no FROM case_agents WHERE agent_id = @scopeAgentId)', params: { scopeAgentId: agentId } };
}
