/**
 * The one Content-Security-Policy of the renderer, used by the web host's headers and injected
 * as a meta tag into the Electron build. Scripts only from our own origin; styles also inline
 * because antd writes its CSS-in-JS into <style> tags at run time (no script can be inlined).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
