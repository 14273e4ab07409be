import type { SnapshotPage } from '../../shared/sync/protocol';
import type { Db } from '../db/open-database';
import { raiseSerialsTo } from '../services/cases/case-repository';
import { raiseDocSerialsTo } from '../services/printing/document-repository';
import { raiseProjectSerialsTo } from '../services/projects/project-repository';

export interface SerialsRaised {
  serialsRaised: number;
  documentSerialsRaised: number;
  projectSerialsRaised: number;
}

/**
 * Raises every number series the desk issues (case numbers, 文号 of printed documents, 全程代办
 * project numbers) to at least the highest the centre holds from the window (the snapshot's
 * first page), so a restored or replacement desk never issues a number its window used
 * (docs/sync-protocol.md §4.3). Call in the transaction that stores what the page brought.
 */
export function raiseNumbersToWindow(db: Db, page: Pick<SnapshotPage, 'windowSerials' | 'windowNumbers'>): SerialsRaised {
  return {
    serialsRaised: raiseSerialsTo(db, page.windowSerials ?? []),
    documentSerialsRaised: raiseDocSerialsTo(db, page.windowNumbers?.documents ?? []),
    projectSerialsRaised: raiseProjectSerialsTo(db, page.windowNumbers?.projects ?? []),
  };
}

export function anyRaised(raised: SerialsRaised): boolean {
  return raised.serialsRaised + raised.documentSerialsRaised + raised.projectSerialsRaised > 0;
}
