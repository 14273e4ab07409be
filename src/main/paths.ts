import { homedir } from 'node:os';
import { join } from 'node:path';

export const appFolderName = 'HallDesk';

/**
 * The per-user app-data folder, the same one Electron's app.getPath('userData') gives, so both
 * shells use one store. HALLDESK_DATA_DIR overrides it (tests use a fresh one each).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HALLDESK_DATA_DIR) return env.HALLDESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName);
}
