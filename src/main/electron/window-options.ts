import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window of the desk. The renderer gets no Node and no Electron: it runs sandboxed and
 * isolated, and reaches the back end only through the preload's `window.halldesk.invoke`.
 * `production` (a packaged app) takes DevTools away: a clerk's PC is no place for a console.
 */
export function mainWindowOptions(preloadPath: string, production = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'HallDesk 政务窗口受理台',
    // Shown on 'ready-to-show' so the clerk never sees a blank white frame.
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !production,
    },
  };
}
