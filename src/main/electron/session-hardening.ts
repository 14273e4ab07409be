import type { Session } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { isAppUrl } from './navigation-guard';

export interface SessionHardeningOptions {
  /**
   * Add the CSP header to every response. Off only for the dev server, whose React Refresh
   * preamble is an inline script the policy rightly forbids; the built app always has it.
   */
  injectCsp: boolean;
  contentSecurityPolicy?: string;
  /**
   * The desk's own page: it alone may use a camera (the 高拍仪 of 拍摄, issue 13). Without it,
   * as for every other session, nothing is allowed.
   */
  appEntryUrl?: string;
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
 * The desk needs no microphone, geolocation, notifications or any other web permission: every
 * request and every check is refused, except a camera (video only) for the app's own page.
 */
export function hardenSession(ses: Session, options: SessionHardeningOptions): void {
  if (options.appEntryUrl) allowCameraForApp(ses, options.appEntryUrl);
  else denyAllPermissions(ses);
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

/** Video capture for the app's own page (the document camera), and nothing else for anyone. */
export function allowCameraForApp(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  appEntryUrl: string,
): void {
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const videoOnly = mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
    const fromApp = isAppUrl(details.requestingUrl, appEntryUrl) && isAppUrl(webContents.getURL(), appEntryUrl);
    callback(permission === 'media' && videoOnly && fromApp);
  });
  ses.setPermissionCheckHandler((webContents, permission, requestingOrigin, details) => {
    if (permission !== 'media' || details.mediaType === 'audio') return false;
    const url = webContents?.getURL() ?? details.requestingUrl ?? requestingOrigin;
    return url !== undefined && isAppUrl(url, appEntryUrl);
  });
}
