import type { WebContents } from 'electron';

function parse(url: string | undefined): URL | null {
  if (url === undefined) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is the app itself: the same file:// document as the built entry (any query or
 * hash), or the same origin as the dev server. Nothing else is ever the app.
 */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  const target = parse(url);
  const entry = parse(appEntryUrl);
  if (!target || !entry) return false;
  if (entry.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === entry.host && target.pathname === entry.pathname;
  }
  if (entry.protocol === 'http:' || entry.protocol === 'https:') {
    return target.origin === entry.origin;
  }
  return false;
}

/** Only a frame showing the app may call the back end (an IPC event's `senderFrame.url`). */
export function isTrustedSender(frameUrl: string | undefined, appEntryUrl: string): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl, appEntryUrl);
}

const hardened = new WeakSet<WebContents>();

/**
 * The renderer may not leave the app: no navigation or redirect elsewhere, no new windows (not
 * even into the system browser: a service-hall PC has no business opening links), no <webview>.
 * Safe to call twice for the same contents.
 */
export function hardenWebContents(contents: WebContents, appEntryUrl: string): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const blockForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, appEntryUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
