import { join } from 'node:path';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { openDatabase } from '../db/open-database';
import { restrictDataFolder } from '../db/data-folder';
import { createLogger } from '../logger';
import { systemClock, type Clock } from '../services/clock';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { foundationHandlers } from './handlers-app';
import { homeHandlers } from './handlers-home';
import { correctionHandlers } from './handlers-corrections';
import { clerkDayHandlers } from './handlers-clerk-day';
import { intakeHandlers } from './handlers-intake';
import { printHandlers } from './handlers-print';
import { syncHandlers } from './handlers-sync';
import { ratingHandlers } from './handlers-ratings';
import { reportHandlers } from './handlers-reports';
import { projectHandlers } from './handlers-projects';
import { seedChainTemplatesIfEmpty } from '../services/projects/chain-templates';
import { ReportService } from '../services/reports/hall-figures';
import { lifecycleHandlers, withTestChannels } from './handlers-lifecycle';
import type { TestClock } from '../services/supervision/test-clock';
import type { CredentialKey } from '../sync/credential-key';
import { CredentialStore } from '../sync/credential-store';
import { centralUrlKey, reEnrolKey, SyncEngine } from '../sync/sync-engine';
import { PageUploader } from '../sync/page-upload/page-uploader';
import { pageUploadHandlers } from './handlers-page-upload';
import { resultFileHandlers } from './handlers-result-file';
import { resourcesDir } from '../resources-dir';
import { CalendarService } from '../services/calendar/calendar-service';
import { calendarHandlers } from './handlers-calendar';
import { materialHandlers, scanTray } from './handlers-materials';
import { PageStore } from '../services/materials/page-store';
import { readMaterialSettings } from '../services/materials/material-settings';
import { ScannerFolderWatcher, scannerPollMs } from '../services/materials/scanner/scanner-folder-watcher';
import { CatalogueService } from '../services/catalogue/catalogue-service';
import { chromiumPdfSetup, type PdfSetup } from '../services/printing/default-renderer';
import type { PdfRenderer } from '../services/printing/pdf-renderer';
import { PrintService } from '../services/printing/print-service';
import type { BackendDeps } from './handler-types';
import { PushFeed } from './push-feed';
import { Sessions } from './sessions';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  version?: string;
  resourcesDir?: string;
  /**
   * What prints, chosen by the entry point (web-main: a Chromium on the machine; the Electron
   * utility process: the main process over its parent port); closed with the back end.
   * Default: chromiumPdfSetup().
   */
  pdf?: PdfSetup;
  /** Tests and benches share one browser across desks: this one belongs to the caller. */
  pdfRenderer?: PdfRenderer;
  /** The sync engine starts with the back end unless this is false (unit tests drive it). */
  startSync?: boolean;
  /** HALLDESK_TEST_CLOCK=1 (web host): the clock, movable through `testing.advanceClock`. */
  testClock?: TestClock;
  /** What session idle time is measured on (sessions.ts); the machine's clock by default. */
  sessionClock?: Clock;
  /** The sync credential's key, from the entry point (Electron: the OS keychain); default a key file. */
  credentialKey?: CredentialKey;
  /** How often the scanner folder is looked at; null: never on its own (unit tests call `scanner.tick()`). */
  scannerPollMs?: number | null;
}

export interface Backend {
  dispatch: Dispatch;
  dataDir: string;
  /** What the back end pushes to the screens unasked (push-events.ts): the web host's stream, Electron's IPC. */
  pushes: Pick<PushFeed, 'subscribe' | 'current'>;
  /** The watched scanner folder; tests drive its ticks. */
  scanner: Pick<ScannerFolderWatcher, 'tick'>;
  close(): void;
  /** close(), then waits for the PDF renderer's browser to exit. */
  closeAsync(): Promise<void>;
}

/**
 * The whole back end as one object: the Electron utility process and the local web host both
 * open it and pass calls to `dispatch`. Nothing here knows which shell is in front.
 */
export function openBackend(options: BackendOptions): Backend {
  useChineseValidationMessages();
  restrictDataFolder(options.dataDir);
  const db = openDatabase(join(options.dataDir, 'halldesk.sqlite3'));
  const logger = options.logger ?? createLogger(options.dataDir);
  const clock = options.testClock ?? options.clock ?? systemClock;
  const services = {
    db,
    sessions: new Sessions(options.sessionClock ?? systemClock),
    version: options.version ?? '0.1.0',
    catalogue: new CatalogueService(db),
    calendar: new CalendarService(db),
    credentials: new CredentialStore(options.dataDir, options.credentialKey),
  };
  const pageStore = new PageStore(join(options.dataDir, 'pages'));
  const pageUploads = new PageUploader({ ...services, store: pageStore, clock, logger, centralUrlKey, reEnrolKey });
  const deps: BackendDeps = { ...services, sync: new SyncEngine({ ...services, clock, logger, pageUploads }) };
  deps.catalogue.seedIfEmpty(options.resourcesDir ?? resourcesDir(), clock.now());
  seedChainTemplatesIfEmpty(deps, options.resourcesDir ?? resourcesDir(), clock.now());
  const pdf = options.pdfRenderer ? { renderer: options.pdfRenderer, printer: null } : (options.pdf ?? chromiumPdfSetup(options.dataDir));
  const printing = new PrintService({ db, catalogue: deps.catalogue, renderer: pdf.renderer, printer: pdf.printer });
  const reports = new ReportService(deps);
  const pushes = new PushFeed(() => deps.sync.status());
  const scanInbox = new PageStore(join(options.dataDir, 'scans'));
  const trayChanged = () => pushes.publish({ event: 'materials.scans', data: scanTray(db, scanner) });
  const scanner = new ScannerFolderWatcher({
    db,
    inbox: scanInbox,
    clock,
    folder: () => readMaterialSettings(db).scannerFolder,
    onChange: trayChanged,
  });
  const handlers = {
    ...foundationHandlers(deps),
    ...intakeHandlers(deps),
    ...printHandlers(deps, printing),
    ...syncHandlers(deps),
    ...ratingHandlers(deps),
    ...reportHandlers(deps, reports),
    ...calendarHandlers(deps),
    ...homeHandlers(deps),
    ...correctionHandlers(deps),
    ...clerkDayHandlers(deps, printing),
    ...projectHandlers(deps, printing),
    ...materialHandlers(deps, pageStore, { inbox: scanInbox, watcher: scanner, trayChanged }),
    ...pageUploadHandlers(deps),
    ...resultFileHandlers(deps, pageStore),
  };
  const testClock = options.testClock ?? null;
  const dispatchCall = withTestChannels(
    createDispatcher(deps, { ...handlers, ...lifecycleHandlers(deps, testClock) }, clock, logger),
    testClock,
  );
  deps.sync.onChange(() => pushes.syncStatusMayHaveChanged());
  // A call may add changes to send (or enrol the desk): the header learns it without asking.
  const dispatch: Dispatch = async (call) => {
    const result = await dispatchCall(call);
    pushes.syncStatusMayHaveChanged();
    return result;
  };
  // A renderer handed in belongs to the caller, who closes it; our own closes with us.
  const closeRenderer = () => (options.pdfRenderer ? Promise.resolve() : printing.close());
  if (options.startSync !== false) deps.sync.start();
  const pollMs = options.scannerPollMs === undefined ? scannerPollMs : options.scannerPollMs;
  if (pollMs !== null) scanner.start(pollMs);
  return {
    dispatch,
    dataDir: options.dataDir,
    pushes,
    scanner,
    close: () => {
      void scanner.stop();
      void deps.sync.stop();
      void closeRenderer();
      db.close();
    },
    closeAsync: async () => {
      await scanner.stop();
      await deps.sync.stop();
      db.close();
      await closeRenderer();
    },
  };
}
