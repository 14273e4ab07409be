import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shipped data (seed catalogue, calendar): HALLDESK_RESOURCES_DIR when set (the packaged
 * app sets it to its resources folder), else the nearest `resources` folder above this file,
 * which finds the repo's both from the sources and from the build in out/.
 */
export function resourcesDir(): string {
  if (process.env.HALLDESK_RESOURCES_DIR) return process.env.HALLDESK_RESOURCES_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'resources', 'catalogue'))) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('resources folder not found: set HALLDESK_RESOURCES_DIR');
    dir = parent;
  }
}
