import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { hardenWebContents, isAppUrl, isTrustedSender } from '../../../src/main/electron/navigation-guard';

const fileEntry = 'file:///opt/HallDesk/resources/app.asar/out/renderer/index.html';
const devEntry = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the built entry file, with or without query and hash', () => {
    expect(isAppUrl(fileEntry, fileEntry)).toBe(true);
    expect(isAppUrl(`${fileEntry}#/login`, fileEntry)).toBe(true);
    expect(isAppUrl(`${fileEntry}?x=1`, fileEntry)).toBe(true);
  });

  it('rejects other files and other schemes next to a file entry', () => {
    expect(isAppUrl('file:///etc/passwd', fileEntry)).toBe(false);
    expect(isAppUrl('file:///opt/HallDesk/resources/app.asar/out/renderer/other.html', fileEntry)).toBe(false);
    expect(isAppUrl('https://evil.example/', fileEntry)).toBe(false);
    expect(isAppUrl('devtools://devtools/bundled/inspector.html', fileEntry)).toBe(false);
    expect(isAppUrl('about:blank', fileEntry)).toBe(false);
  });

  it('accepts any path of the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/', devEntry)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devEntry)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devEntry)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', devEntry)).toBe(false);
    expect(isAppUrl('https://evil.example', devEntry)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', devEntry)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', devEntry)).toBe(false);
  });

  it('rejects garbage and never trusts an entry it cannot read', () => {
    expect(isAppUrl('not a url', fileEntry)).toBe(false);
    expect(isAppUrl(fileEntry, 'not a url')).toBe(false);
    expect(isAppUrl('devtools://devtools/x', 'devtools://devtools/x')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender(`${fileEntry}#/home`, fileEntry)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', devEntry)).toBe(true);
    expect(isTrustedSender(undefined, fileEntry)).toBe(false);
    expect(isTrustedSender('', fileEntry)).toBe(false);
    expect(isTrustedSender('https://evil.example', fileEntry)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', fileEntry)).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/inspector.html', fileEntry)).toBe(false);
  });
});

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: unknown) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: unknown) => { action: string }) {
      openHandler = handler;
    },
  };
  const emit = (event: string, url?: string) => {
    let prevented = false;
    const details = { url, preventDefault: () => (prevented = true) };
    for (const listener of listeners.get(event) ?? []) listener(details, {}, {});
    return prevented;
  };
  return { contents: contents as unknown as WebContents, listeners, emit, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app, allows the app itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fileEntry);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fake.emit(event, 'https://evil.example/')).toBe(true);
      expect(fake.emit(event, 'file:///etc/passwd')).toBe(true);
      expect(fake.emit(event, `${fileEntry}#/home`)).toBe(false);
    }
  });

  it('denies every new window, the app included, and every <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fileEntry);
    expect(fake.open('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(fake.open(fileEntry)).toEqual({ action: 'deny' });
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('adds its listeners once however often it is called', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, fileEntry);
    hardenWebContents(fake.contents, fileEntry);
    expect(fake.listeners.get('will-navigate')).toHaveLength(1);
  });
});
