import { describe, expect, it } from 'vitest';
import type { HeadersReceivedResponse, OnHeadersReceivedListenerDetails, Session } from 'electron';
import { hardenSession } from '../../../src/main/electron/session-hardening';
import { contentSecurityPolicy } from '../../../src/shared/security/csp';

type HeadersListener = (details: OnHeadersReceivedListenerDetails, callback: (r: HeadersReceivedResponse) => void) => void;

function fakeSession() {
  const state: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
    check?: (wc: unknown, permission: string, origin: string, details?: unknown) => boolean;
    headers?: HeadersListener;
  } = {};
  const ses = {
    setPermissionRequestHandler: (handler: typeof state.request) => (state.request = handler),
    setPermissionCheckHandler: (handler: typeof state.check) => (state.check = handler),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (state.headers = listener) },
  };
  return { ses: ses as unknown as Session, state };
}

describe('hardenSession', () => {
  it('refuses every permission request and check', () => {
    const { ses, state } = fakeSession();
    hardenSession(ses, { injectCsp: true });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      state.request?.({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
      expect(state.check?.({}, permission, 'file://')).toBe(false);
    }
  });

  it('adds the CSP header to every response', () => {
    const { ses, state } = fakeSession();
    hardenSession(ses, { injectCsp: true });
    let response: HeadersReceivedResponse | undefined;
    const details = { responseHeaders: { 'Content-Type': ['text/html'] } } as unknown as OnHeadersReceivedListenerDetails;
    state.headers?.(details, (r) => (response = r));
    expect(response?.responseHeaders?.['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(response?.responseHeaders?.['Content-Type']).toEqual(['text/html']);
  });

  it('leaves headers alone for the dev server', () => {
    const { ses, state } = fakeSession();
    hardenSession(ses, { injectCsp: false });
    expect(state.headers).toBeUndefined();
    expect(state.check?.({}, 'media', '')).toBe(false);
  });

  describe('with the app entry given: the document camera (拍摄) for the app itself only', () => {
    const entry = 'file:///opt/HallDesk/resources/app.asar/out/renderer/index.html';
    const page = (url: string) => ({ getURL: () => url });
    function ask(state: ReturnType<typeof fakeSession>['state'], url: string, permission: string, mediaTypes: string[]) {
      let granted: boolean | undefined;
      state.request?.(page(url), permission, (answer) => (granted = answer), { requestingUrl: url, mediaTypes });
      return granted;
    }

    it('allows video from the app’s page, and refuses audio, other pages and every other permission', () => {
      const { ses, state } = fakeSession();
      hardenSession(ses, { injectCsp: true, appEntryUrl: entry });
      expect(ask(state, `${entry}#/intake`, 'media', ['video'])).toBe(true);
      expect(ask(state, entry, 'media', ['video', 'audio'])).toBe(false);
      expect(ask(state, entry, 'media', ['audio'])).toBe(false);
      expect(ask(state, 'file:///tmp/evil.html', 'media', ['video'])).toBe(false);
      expect(ask(state, 'https://example.com/', 'media', ['video'])).toBe(false);
      for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture']) {
        expect(ask(state, entry, permission, [])).toBe(false);
      }
      expect(state.check?.(page(entry), 'media', 'file://', { mediaType: 'video' })).toBe(true);
      expect(state.check?.(page(entry), 'media', 'file://', { mediaType: 'audio' })).toBe(false);
      expect(state.check?.(page('https://example.com/'), 'media', 'https://example.com', { mediaType: 'video' })).toBe(false);
      expect(state.check?.(page(entry), 'geolocation', 'file://', {})).toBe(false);
    });
  });
});
