import type { SessionUser } from '../../../shared/contract/user-types';
import type { Db } from '../../db/open-database';
import { assertMayAct } from '../lifecycle/case-guard';
import { caseNoOfDocument } from '../printing/document-repository';
import { caseNoOfInvitation } from '../ratings/rating-repository';

/** The cases a call's input names: a case number, a printed document or a rating invitation. */
function casesNamedBy(db: Db, input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const named = input as { caseNo?: unknown; documentId?: unknown; invitationId?: unknown };
  const cases: string[] = [];
  if (typeof named.caseNo === 'string') cases.push(named.caseNo);
  if (typeof named.documentId === 'number') cases.push(caseNoOfDocument(db, named.documentId) ?? '');
  if (typeof named.invitationId === 'number') cases.push(caseNoOfInvitation(db, named.invitationId) ?? '');
  return cases;
}

/**
 * A proxy agent (代办员) sees and touches only the cases assigned to them: every call that names
 * a case passes here in the dispatcher, whatever its endpoint. Lists (search, worklist) filter
 * by the same assignment (`agentScopeFilter` in agent-repository.ts).
 */
export function assertCasesInScope(db: Db, user: SessionUser | null, input: unknown): void {
  if (user?.role !== 'agent') return;
  for (const caseNo of casesNamedBy(db, input)) assertMayAct(db, user, caseNo);
}
