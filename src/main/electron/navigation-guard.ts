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
/** Contents held to a narrower rule than "the app" (the rating window: its one page). */
const confined = new WeakMap<WebContents, (url: string) => boolean>();

/**
 * Narrows where already hardened (or soon hardened) contents may navigate: the rating window
 * may show the rating page only, never the desk (whose screens a clerk's session would open).
 */
export function confineNavigation(contents: WebContents, isAllowed: (url: string) => boolean): void {
  confined.set(contents, isAllowed);
}

/**
 * The renderer may not leave the app: no navigation or redirect elsewhere, no new windows (not
 * even into the system browser: a service-hall PC has no business opening links), no <webview>.
 * Safe to call twice for the same contents.
 */
export function hardenWebContents(contents: WebContents, appEntryUrl: string): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const blockForeign = (event: { url: string; preventDefault(): void }) => {
    const isAllowed = confined.get(contents) ?? ((url: string) => isAppUrl(url, appEntryUrl));
    if (!isAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
