import { describe, expect, it } from 'vitest';
import type { HeadersReceivedResponse, OnHeadersReceivedListenerDetails, Session } from 'electron';
import { hardenSession } from '../../../src/main/electron/session-hardening';
import { contentSecurityPolicy } from '../../../src/shared/security/csp';

type HeadersListener = (details: OnHeadersReceivedListenerDetails, callback: (r: HeadersReceivedResponse) => void) => void;

function fakeSession() {
  const state: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (wc: unknown, permission: string, origin: string) => boolean;
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
});
