import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, utilityProcess } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultDataDir } from '../paths';
import { startBackendHost, type BackendHost } from './backend-host';
import { removeDefaultMenuInProduction } from './app-menu';
import { installIpcBridge, pushChannel } from './ipc-bridge';
import { serveKeychainRequests } from './keychain-service';
import { hardenWebContents } from './navigation-guard';
import { closePrintWindow, servePrintRequests } from './pdf-window';
import { hardenPrintSession } from './print-session';
import { isRatingScreenUrl } from './rating-window-options';
import { closeRatingWindow, openRatingWindow } from './rating-window';
import { hardenSession } from './session-hardening';
import { mainWindowOptions } from './window-options';

/**
 * Electron's main process: windows, preload and the IPC relay only. The back end runs in a
 * utilityProcess (out/main/backend-process.js); this process never opens the database.
 */
const here = import.meta.dirname;
// A packaged app ignores ELECTRON_RENDERER_URL: an environment variable must never be able to
// point the trusted window (and its IPC access) at another site.
const production = app.isPackaged;
const devServerUrl = production ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');
const appEntryUrl = devServerUrl ?? pathToFileURL(rendererFile).href;
// The applicant-facing rating screen: a page of the same build, in a window of its own.
const ratingEntryUrl = devServerUrl
  ? new URL('rating-view/rating.html', devServerUrl).href
  : pathToFileURL(join(here, '../renderer/rating-view/rating.html')).href;
const preloadPath = join(here, '../preload/preload.cjs');

// The web host's folder (paths.ts: HALLDESK_DATA_DIR or <appData>/HallDesk), not Electron's
// default, which would follow package.json's productName. Chromium's profile goes inside it,
// set before the single-instance lock (kept there), so runs with their own data dir can coexist.
const dataDir = defaultDataDir();
app.setPath('userData', join(dataDir, 'electron-profile'));

let mainWindow: BrowserWindow | null = null;
let backend: BackendHost | null = null;

function fatal(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.quit();
}

/** Packaged, the seed catalogue and calendar sit in extraResources (electron-builder.yml). */
function backendEnv(): NodeJS.ProcessEnv {
  if (!app.isPackaged || process.env.HALLDESK_RESOURCES_DIR) return process.env;
  return { ...process.env, HALLDESK_RESOURCES_DIR: join(process.resourcesPath, 'resources') };
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, production));
  hardenWebContents(window.webContents, appEntryUrl);
  // The desk opens the rating screen with window.open: it becomes our own rating window; any
  // other new window stays refused, as hardenWebContents set.
  window.webContents.setWindowOpenHandler((details) => {
    // The address carries the invitation's one-time token (rating.html?invitation=…&token=…).
    if (isRatingScreenUrl(details.url, ratingEntryUrl)) openRatingWindow(preloadPath, details.url, production);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
    // The hidden print window must not keep the app alive once the desk's window is gone.
    closePrintWindow();
    closeRatingWindow();
  });
  const loaded = devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererFile);
  loaded.catch((error: unknown) => fatal('受理台无法启动', `界面加载失败：${String(error)}`));
  return window;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, { injectCsp: devServerUrl === undefined, appEntryUrl });
  hardenPrintSession((partition) => session.fromPartition(partition));
  removeDefaultMenuInProduction(Menu, production);
  backend = await startBackendHost({
    fork: (modulePath, args, options) => {
      const child = utilityProcess.fork(modulePath, args, options);
      // The back end asks main to render and print documents (it cannot open windows).
      servePrintRequests(child, dataDir);
      // …and to seal the sync credential's key with the OS keychain (only main has safeStorage).
      serveKeychainRequests(child, safeStorage);
      return child;
    },
    backendEntryPath: join(here, 'backend-process.js'),
    dataDir,
    env: backendEnv(),
    // Only the desk's window shows the sync state; the rating window gets no pushes.
    onPush: (event) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(pushChannel, event);
    },
    onUnexpectedExit: (code) => fatal('受理台后台服务已停止', `后台服务意外退出（退出码 ${code}），请重新启动受理台。`),
  });
  installIpcBridge(ipcMain, backend, [appEntryUrl, ratingEntryUrl]);
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Defence in depth: whatever webContents appears (there should be no other) is hardened too.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appEntryUrl));
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    closePrintWindow();
    backend?.stop();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal('受理台无法启动', error instanceof Error ? error.message : String(error)));
}
