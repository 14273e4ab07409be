import { describe, expect, it } from 'vitest';
import type { Menu, Session, WebContents } from 'electron';
import { removeDefaultMenuInProduction } from '../../../src/main/electron/app-menu';
import { confineNavigation, hardenWebContents } from '../../../src/main/electron/navigation-guard';
import { hardenPrintSession, printPartition, printWindowPreferences } from '../../../src/main/electron/print-session';
import { isRatingScreenUrl, ratingWindowOptions } from '../../../src/main/electron/rating-window-options';

/** Issue 10's Electron points, each against a fake of the Electron object it configures. */

describe('application menu', () => {
  function fakeMenuHost() {
    const calls: (Menu | null)[] = [];
    return { calls, host: { setApplicationMenu: (menu: Menu | null) => calls.push(menu) } };
  }

  it('is removed in a packaged app (no Reload, no Toggle DevTools)', () => {
    const { calls, host } = fakeMenuHost();
    removeDefaultMenuInProduction(host, true);
    expect(calls).toEqual([null]);
  });

  it('stays in development', () => {
    const { calls, host } = fakeMenuHost();
    removeDefaultMenuInProduction(host, false);
    expect(calls).toEqual([]);
  });

  it('comes with DevTools switched off in the rating window of a packaged app too', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(ratingWindowOptions('/p', area, true, true).webPreferences?.devTools).toBe(false);
  });
});

describe('print session', () => {
  it("is the print window's own partition, and refuses every permission", () => {
    const handlers: {
      request?: (wc: unknown, p: string, cb: (granted: boolean) => void) => void;
      check?: (wc: unknown, p: string) => boolean;
    } = {};
    const asked: string[] = [];
    const fake = {
      setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
    };
    hardenPrintSession((partition) => {
      asked.push(partition);
      return fake as unknown as Session;
    });
    expect(asked).toEqual([printPartition]);
    expect(printWindowPreferences.partition).toBe(printPartition);
    for (const permission of ['media', 'clipboard-read', 'notifications', 'openExternal', 'fileSystem']) {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
      expect(handlers.check?.({}, permission)).toBe(false);
    }
  });

  it('runs its pages sandboxed, without Node or DevTools', () => {
    expect(printWindowPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
  });
});

describe('rating window navigation', () => {
  const deskEntry = 'file:///opt/HallDesk/resources/app.asar/out/renderer/index.html';
  const ratingEntry = 'file:///opt/HallDesk/resources/app.asar/out/renderer/rating-view/rating.html';

  function ratingContents() {
    const listeners = new Map<string, ((details: unknown) => void)[]>();
    const contents = {
      on(event: string, listener: (details: unknown) => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return contents;
      },
      setWindowOpenHandler: () => undefined,
    } as unknown as WebContents;
    // As in electron-main: every new webContents is hardened for the app, then the rating
    // window narrows its own to the rating page.
    hardenWebContents(contents, deskEntry);
    confineNavigation(contents, (url) => isRatingScreenUrl(url, ratingEntry));
    const navigate = (event: string, url: string) => {
      let prevented = false;
      for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) });
      return !prevented;
    };
    return navigate;
  }

  it('may show the rating page, with its token', () => {
    const navigate = ratingContents();
    expect(navigate('will-navigate', `${ratingEntry}?token=abc`)).toBe(true);
    expect(navigate('will-redirect', `${ratingEntry}#done`)).toBe(true);
  });

  it('may not go to the desk or anywhere else', () => {
    const navigate = ratingContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, deskEntry)).toBe(false);
      expect(navigate(event, `${deskEntry}#/cases`)).toBe(false);
      expect(navigate(event, 'https://evil.example/')).toBe(false);
      expect(navigate(event, 'file:///etc/passwd')).toBe(false);
    }
  });
});
