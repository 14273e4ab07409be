import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/electron/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and embedding off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the given preload and nothing else is set in webPreferences', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('keeps DevTools for development and takes them away in production', () => {
    expect(prefs.devTools).toBe(true);
    expect(mainWindowOptions('/p', true).webPreferences?.devTools).toBe(false);
  });

  it('opens a hidden 1280x800 window titled for the desk', () => {
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, show: false, autoHideMenuBar: true });
    expect(options.title).toBe('HallDesk 政务窗口受理台');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
