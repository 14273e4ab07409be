import type { CentreUser } from '../accounts/centre-user';
import type { SqlQueries } from '../db/sql';
import { departmentMayReadCase } from '../workbench/subtask-page';
import type { PageReference } from './case-pages-queries';

/** Who asks for a page: a desk (its hall from the credential), the admin token, or a signed-in centre account. */
export type PageReader = { kind: 'desk'; hallCode: string } | { kind: 'admin-token' } | { kind: 'centre-user'; user: CentreUser };

/**
 * Whether the reader may see a case that refers to the page: a desk of that case's hall, the
 * admin token, a centre administrator or inspector any, a hall administrator their own hall.
 * a department reviewer a case on which their department has a sub-task (the centre's sub-task
 * table). No reference at all: nobody (the centre serves no page no case names).
 */
export async function mayReadCasePage(sql: SqlQueries, reader: PageReader, references: readonly PageReference[]): Promise<boolean> {
  if (references.length === 0) return false;
  if (reader.kind === 'admin-token') return true;
  if (reader.kind === 'desk') return references.some((r) => r.hallCode === reader.hallCode);
  const { user } = reader;
  switch (user.role) {
    case 'centre-admin':
    case 'inspector':
      return true;
    case 'hall-admin':
      return user.hallCode !== null && references.some((r) => r.hallCode === user.hallCode);
    case 'department-reviewer':
      for (const reference of references) if (await departmentMayReadCase(sql, user, reference.hallCode, reference.caseNo)) return true;
      return false;
  }
}
