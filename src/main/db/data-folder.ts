import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { storeOpenError } from './store-problems';

/** The data folder: only the desk's own user may list or enter it. */
export const dataFolderMode = 0o700;

/**
 * Creates the data folder if needed and closes it to other users of the PC. From here on every
 * file the back end (and the browser it starts for printing) creates is private too: the store,
 * its WAL and shared-memory files, the log and the pages rendered for print are 0600.
 *
 * An existing folder is closed only when it is a desk's folder (it holds the store): pointed by
 * HALLDESK_DATA_DIR at a shared folder such as /tmp, the desk must not lock everyone else out.
 */
export function restrictDataFolder(dataDir: string): void {
  try {
    const ours = !existsSync(dataDir) || existsSync(join(dataDir, 'halldesk.sqlite3'));
    mkdirSync(dataDir, { recursive: true, mode: dataFolderMode });
    if (ours) chmodSync(dataDir, dataFolderMode);
  } catch (error) {
    throw storeOpenError(dataDir, error);
  }
  try {
    process.umask(0o077);
  } catch {
    // Worker threads may not set the umask; the explicit modes on the store and log still apply.
  }
}
