import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { fileURLToPath } from 'node:url';
import { centreWebBasePath } from '../contract/centre-contract';
import type { CentralEnv } from './central-env';
import { HttpError } from './http-error';

/** Where `npm run build` writes the centre's web app (vite.central.config.ts); CENTRAL_WEB_DIR may point elsewhere. */
export const defaultCentreWebDir = fileURLToPath(new URL('../../../out/central-web', import.meta.url));

/** The web app's pages: scripts from the centre only (no inline script), nothing framed, the address never sent on. */
export const workPageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // antd writes its CSS-in-JS into <style> tags at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  strictTransportSecurity: false,
});

/** The built web app at /work: its files, and index.html for any other /work path (the screens are hash routes). */
export function workPages(webDir: string): Hono<CentralEnv> {
  const files = serveStatic<CentralEnv>({ root: webDir, rewriteRequestPath: (path) => path.slice(centreWebBasePath.length) || '/' });
  const index = serveStatic<CentralEnv>({ root: webDir, path: 'index.html' });
  const notBuilt = () => {
    throw new HttpError(503, 'SETUP_REQUIRED', '中心网页尚未构建：请先运行 npm run build');
  };
  return new Hono<CentralEnv>().get(centreWebBasePath, index, notBuilt).get(`${centreWebBasePath}/*`, files, index, notBuilt);
}
