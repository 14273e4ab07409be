/**
 * The one Content-Security-Policy of the renderer, used by the web host's headers and injected
 * as a meta tag into the Electron build. Scripts only from our own origin; styles also inline
 * because antd writes its CSS-in-JS into <style> tags at run time (no script can be inlined).
 * Frames show only blob: URLs the page made itself: a department's result file (a PDF) in the
 * browser's own PDF viewer; nothing from any origin, the app's included.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
