/**
 * Where a login attempt comes from, for the per-source back-off (docs/security.md, "Accounts and sessions").
 * - Web host: each browser admitted by the one-time launch link has its own cookie, and calls
 *   arrive as `browser-<cookie>`: that browser is the source.
 * - Desktop app: every window of the app (`window-<id>`) is the same PC, one local source; a
 *   new window must not buy a fresh set of guesses.
 * - Anything else (tests, tools driving the dispatcher) is its own source.
 */
export function loginSource(sessionKey: string): string {
  if (sessionKey.startsWith('window-')) return 'desktop';
  return sessionKey;
}
