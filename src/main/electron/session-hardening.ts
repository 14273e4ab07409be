import type { Session } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';

export interface SessionHardeningOptions {
  /**
   * Add the CSP header to every response. Off only for the dev server, whose React Refresh
   * preamble is an inline script the policy rightly forbids; the built app always has it.
   */
  injectCsp: boolean;
  contentSecurityPolicy?: string;
}

/** Response headers with our CSP replacing any the response carried under any spelling. */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

/**
 * The desk needs no camera, microphone, geolocation, notifications or any other web permission:
 * every request and every check is refused.
 */
export function hardenSession(ses: Session, options: SessionHardeningOptions): void {
  denyAllPermissions(ses);
  if (!options.injectCsp) return;
  const csp = options.contentSecurityPolicy ?? contentSecurityPolicy;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}

/** Every permission request and check refused (the desk's session and the print session). */
export function denyAllPermissions(ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}
