import type { resultFileEndpoints } from '../../shared/contract/result-file-endpoints';
import { openResultFile } from '../services/lifecycle/result-file';
import type { PageStore } from '../services/materials/page-store';
import type { BackendDeps, HandlerMap } from './handler-types';

/** A department's result file, opened at the window (kept in the page store once fetched). */
export function resultFileHandlers({ db, credentials }: BackendDeps, store: PageStore): HandlerMap<keyof typeof resultFileEndpoints> {
  return {
    'cases.resultFile': (input) => openResultFile({ db, store, credentials }, input.caseNo, input.position),
  };
}
