import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/shared/security/csp';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => resolve(root, path);

/**
 * The built index.html carries the same CSP as the web host's header, so a file:// load in
 * Electron is covered too. Build only: the dev server's React Refresh preamble is inline.
 * frame-ancestors is dropped here because browsers ignore it in a meta tag (and say so).
 */
function cspMetaTag(): Plugin {
  const policy = contentSecurityPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'halldesk:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      // web-main.js also runs on the system Node (>= 20.19), not only inside Electron.
      target: 'node20',
      outDir: at('out/main'),
      // package.json dependencies stay require()d at run time; better-sqlite3 is native.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          'electron-main': at('src/main/electron/electron-main.ts'),
          'backend-process': at('src/main/backend/backend-process.ts'),
          'web-main': at('src/main/web/web-main.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      target: 'node20',
      outDir: at('out/preload'),
      // A sandboxed preload can require only 'electron': bundle anything else it might import.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: at('src/main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('src/renderer'),
    plugins: [react(), cspMetaTag()],
    build: {
      // The same bundle is served by the web host to the hall's browsers, not only to Electron.
      target: 'chrome130',
      outDir: at('out/renderer'),
      rolldownOptions: {
        // The desk, the print preview as a page of its own (src/renderer/print/preview-main.tsx), and
        // the applicant-facing rating screen (src/renderer/rating-view/rating-main.tsx).
        input: {
          index: at('src/renderer/index.html'),
          print: at('src/renderer/print/preview.html'),
          rating: at('src/renderer/rating-view/rating.html'),
        },
      },
    },
  },
});
