import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { openDatabase } from '../db/open-database';
import { createLogger } from '../logger';
import { systemClock, type Clock } from '../services/clock';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { foundationHandlers } from './handlers-app';
import type { BackendDeps } from './handler-types';
import { Sessions } from './sessions';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  version?: string;
}

export interface Backend {
  dispatch: Dispatch;
  dataDir: string;
  close(): void;
}

/**
 * The whole back end as one object: the Electron utility process and the local web host both
 * open it and pass calls to `dispatch`. Nothing here knows which shell is in front.
 */
export function openBackend(options: BackendOptions): Backend {
  useChineseValidationMessages();
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'halldesk.sqlite3'));
  const logger = options.logger ?? createLogger(options.dataDir);
  const deps: BackendDeps = { db, sessions: new Sessions(), version: options.version ?? '0.1.0' };
  const handlers = { ...foundationHandlers(deps) };
  const dispatch = createDispatcher(deps, handlers, options.clock ?? systemClock, logger);
  return {
    dispatch,
    dataDir: options.dataDir,
    close: () => db.close(),
  };
}
