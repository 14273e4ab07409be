import { inMemoryDataDir } from './db/pglite-sql';

export interface CentralConfig {
  port: number;
  host: string;
  /** PGlite's folder ('memory://' for a throwaway database); unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  trustedProxy: string | undefined;
}

export const defaultCentralPort = 47900;
export const defaultDataDir = './.central-data';

/** The centre's settings from its environment; a wrong value stops it with a message saying which. */
export function readCentralConfig(env: NodeJS.ProcessEnv): CentralConfig {
  const portText = env.CENTRAL_PORT?.trim() || String(defaultCentralPort);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new Error(`CENTRAL_PORT 应为 0 至 65535 的整数（0 表示任选空闲端口），现为“${portText}”`);
  const adminToken = env.CENTRAL_ADMIN_TOKEN?.trim() || undefined;
  if (adminToken !== undefined && adminToken.length < 16) throw new Error('CENTRAL_ADMIN_TOKEN 至少需要 16 个字符');
  return {
    port,
    host: env.CENTRAL_HOST?.trim() || '127.0.0.1',
    dataDir: env.CENTRAL_DATA_DIR?.trim() || defaultDataDir,
    databaseUrl: env.CENTRAL_DATABASE_URL?.trim() || undefined,
    adminToken,
    trustedProxy: env.CENTRAL_TRUSTED_PROXY?.trim() || undefined,
  };
}

export const isInMemory = (config: CentralConfig): boolean => config.databaseUrl === undefined && config.dataDir === inMemoryDataDir;
