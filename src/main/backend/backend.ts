import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { openDatabase } from '../db/open-database';
import { createLogger } from '../logger';
import { systemClock, type Clock } from '../services/clock';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { foundationHandlers } from './handlers-app';
import { intakeHandlers } from './handlers-intake';
import { resourcesDir } from '../resources-dir';
import { CalendarService } from '../services/calendar/calendar-service';
import { CatalogueService } from '../services/catalogue/catalogue-service';
import type { BackendDeps } from './handler-types';
import { Sessions } from './sessions';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  version?: string;
  resourcesDir?: string;
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
  const clock = options.clock ?? systemClock;
  const deps: BackendDeps = {
    db,
    sessions: new Sessions(),
    version: options.version ?? '0.1.0',
    catalogue: new CatalogueService(db),
    calendar: new CalendarService(db),
  };
  deps.catalogue.seedIfEmpty(options.resourcesDir ?? resourcesDir(), clock.now());
  const handlers = { ...foundationHandlers(deps), ...intakeHandlers(deps) };
  const dispatch = createDispatcher(deps, handlers, clock, logger);
  return {
    dispatch,
    dataDir: options.dataDir,
    close: () => db.close(),
  };
}
