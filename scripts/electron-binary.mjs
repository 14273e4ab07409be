// Where the Electron executable is, without installing it. Electron's npm package (45+) has no
// install script: `require('electron')` downloads the binary on first use and throws when it
// cannot. Tests and `npm start` must only look, so this reads the package's path.txt instead.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron package's folder, or null when the package is not installed. */
export function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron executable when its binary has been downloaded, else null. Never downloads. */
export function electronBinary() {
  const dir = electronPackageDir();
  if (!dir || !existsSync(join(dir, 'path.txt'))) return null;
  const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const path = join(base, relative);
  return relative && existsSync(path) ? path : null;
}
