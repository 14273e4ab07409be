import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => resolve(root, path);

/**
 * The centre's web app (src/central/web), served by the centre itself at /work (src/central/http/
 * work-pages.ts) under a CSP of script-src 'self': no inline script, so nothing here may add one.
 */
export default defineConfig({
  root: at('src/central/web'),
  base: '/work/',
  plugins: [react()],
  build: {
    target: 'chrome130',
    outDir: at('out/central-web'),
    emptyOutDir: true,
    // One bundle (antd + React): the centre serves it from its own disk, there is no slow link to split for.
    chunkSizeWarningLimit: 2000,
  },
});
