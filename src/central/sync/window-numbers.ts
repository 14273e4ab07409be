import { parseDocNumber } from '../../shared/print/doc-number';
import { parseProjectNumber } from '../../shared/projects/project-number';
import type { WindowNumbers } from '../../shared/sync/protocol';
import type { SqlQueries } from '../db/sql';
import type { AuthenticatedDesk } from '../desks/authenticate-desk';
import { windowDocumentNos, windowProjectNos } from './window-numbers-queries';

/** The item with the highest serial per key. */
function highestPerKey<T extends { serial: number }>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const highest = new Map<string, T>();
  for (const item of items) {
    const held = highest.get(keyOf(item));
    if (!held || item.serial > held.serial) highest.set(keyOf(item), item);
  }
  return [...highest.values()];
}

/**
 * As windowSerials (window-serials.ts) for the window's other number series: the highest 文号
 * serial per document type and year, and the highest 全程代办 project serial per year, the centre
 * holds from this window. A restored or replacement desk raises its counters to them, so it never
 * prints or opens a number its window already used (docs/sync-protocol.md §4.3). A number of
 * another window (or unreadable) is left out.
 */
export async function windowNumbers(sql: SqlQueries, desk: AuthenticatedDesk): Promise<WindowNumbers> {
  const documents = (await windowDocumentNos(sql, desk)).flatMap((row) => {
    const parts = row.doc_type && row.doc_no ? parseDocNumber(row.doc_no) : null;
    return row.doc_type && parts && parts.desk === desk.deskNo ? [{ docType: row.doc_type, year: parts.year, serial: parts.serial }] : [];
  });
  const projects = (await windowProjectNos(sql, desk)).flatMap((projectNo) => {
    const parts = parseProjectNumber(projectNo);
    return parts && parts.hall === desk.hallCode && parts.desk === desk.deskNo ? [{ year: parts.year, serial: parts.serial }] : [];
  });
  return {
    documents: highestPerKey(documents, (d) => `${d.docType} ${d.year}`),
    projects: highestPerKey(projects, (p) => String(p.year)),
  };
}
