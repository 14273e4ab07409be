import { hallDate } from '../../shared/calendar/hall-date';
import { reuseOffers } from '../services/materials/reuse-offers';
import { reusePages } from '../services/materials/reuse-pages';
import { countReusedLines } from '../services/materials/target-queries';
import { addPages, type MaterialContext } from '../services/materials/add-pages';
import { deletePage } from '../services/materials/delete-page';
import { readMaterialSettings, updateMaterialSettings } from '../services/materials/material-settings';
import { pageContent } from '../services/materials/page-content';
import { livePages, toMaterialPage } from '../services/materials/page-repository';
import type { PageStore } from '../services/materials/page-store';
import { openScans } from '../services/materials/scanner/scan-repository';
import { assignScan, removeScan } from '../services/materials/scanner/scan-tray';
import type { ScannerFolderWatcher } from '../services/materials/scanner/scanner-folder-watcher';
import type { ScanTray } from '../../shared/materials/scan-types';
import { requireUser, type CallContext } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type MaterialChannel =
  | 'materials.addPages'
  | 'materials.deletePage'
  | 'materials.list'
  | 'materials.pageContent'
  | 'materials.reuseOffers'
  | 'materials.reuse'
  | 'materials.reuseFigures'
  | 'materials.scans'
  | 'materials.assignScan'
  | 'materials.removeScan'
  | 'materials.settings'
  | 'materials.updateSettings';

/** The watched scanner folder: where its files wait, the watcher, and who hears that the tray changed. */
export interface ScannerParts {
  inbox: PageStore;
  watcher: Pick<ScannerFolderWatcher, 'folderProblem'>;
  trayChanged(): void;
}

export function scanTray(db: BackendDeps['db'], watcher: ScannerParts['watcher']): ScanTray {
  return { files: openScans(db), folderProblem: watcher.folderProblem() };
}

export function materialHandlers({ db, catalogue }: BackendDeps, store: PageStore, scanner: ScannerParts): HandlerMap<MaterialChannel> {
  const itemsOf = (codes: string[], now: Date) => codes.map((code) => catalogue.get(code, hallDate(now)));
  const context = (ctx: CallContext): MaterialContext => ({ db, store, user: requireUser(ctx), now: ctx.now });
  return {
    'materials.addPages': (input, ctx) =>
      addPages(context(ctx), {
        target: input.target,
        materialKey: input.materialKey,
        source: input.source,
        files: input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64'), rotate: f.rotate })),
      }),
    'materials.deletePage': (input, ctx) => deletePage(context(ctx), input.pageId),
    'materials.list': (input) => livePages(db, input.target).map(toMaterialPage),
    'materials.pageContent': async (input) => {
      const { mime, bytes } = await pageContent(db, store, input.pageId, input.thumbnail);
      return { mime, base64: bytes.toString('base64') };
    },
    'materials.reuseOffers': (input, ctx) => reuseOffers(db, itemsOf(input.itemCodes, ctx.now), input.idNumber, hallDate(ctx.now)),
    'materials.reuse': (input, ctx) =>
      reusePages(context(ctx), {
        draftId: input.draftId,
        materialKey: input.materialKey,
        items: itemsOf(input.itemCodes, ctx.now),
        idNumber: input.idNumber,
      }),
    'materials.reuseFigures': (input) => countReusedLines(db, input.from, input.to),
    'materials.scans': () => scanTray(db, scanner.watcher),
    'materials.assignScan': async (input, ctx) => {
      const line = await assignScan(context(ctx), scanner.inbox, input);
      scanner.trayChanged();
      return line;
    },
    'materials.removeScan': (input, ctx) => {
      removeScan(context(ctx), input.scanId);
      scanner.trayChanged();
      return scanTray(db, scanner.watcher);
    },
    'materials.settings': () => readMaterialSettings(db),
    'materials.updateSettings': (input, ctx) => updateMaterialSettings(db, requireUser(ctx), input, ctx.now),
  };
}
