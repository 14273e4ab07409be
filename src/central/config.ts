import { inMemoryDataDir } from './db/pglite-sql';
import { defaultUploadExpiryDays } from './pages-store/upload-expiry';

export interface CentralConfig {
  port: number;
  host: string;
  /** PGlite's folder ('memory://' for a throwaway database); unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  trustedProxy: string | undefined;
  /** CENTRAL_LEDGER_RETENTION_DAYS: superseded case payloads older than this are pruned; unset keeps them all. */
  ledgerRetentionDays: number | undefined;
  /** CENTRAL_PAGES_DIR: the page blob store and partial uploads; by default `pages` in the data folder (a temporary folder for an in-memory centre). */
  pagesDir: string | undefined;
  /** CENTRAL_UPLOAD_EXPIRY_DAYS: a page upload a desk started and has not finished is removed this many days after it began (upload-expiry.ts). */
  uploadExpiryDays: number;
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
  const retentionText = env.CENTRAL_LEDGER_RETENTION_DAYS?.trim() || undefined;
  if (retentionText !== undefined && (!/^\d{1,5}$/.test(retentionText) || Number(retentionText) < 1))
    throw new Error(`CENTRAL_LEDGER_RETENTION_DAYS 应为 1 至 99999 的整数（天），现为“${retentionText}”`);
  const expiryText = env.CENTRAL_UPLOAD_EXPIRY_DAYS?.trim() || String(defaultUploadExpiryDays);
  if (!/^\d{1,3}$/.test(expiryText) || Number(expiryText) < 1 || Number(expiryText) > 365)
    throw new Error(`CENTRAL_UPLOAD_EXPIRY_DAYS 应为 1 至 365 的整数（天），现为“${expiryText}”`);
  return {
    port,
    host: env.CENTRAL_HOST?.trim() || '127.0.0.1',
    dataDir: env.CENTRAL_DATA_DIR?.trim() || defaultDataDir,
    databaseUrl: env.CENTRAL_DATABASE_URL?.trim() || undefined,
    adminToken,
    trustedProxy: env.CENTRAL_TRUSTED_PROXY?.trim() || undefined,
    ledgerRetentionDays: retentionText === undefined ? undefined : Number(retentionText),
    pagesDir: env.CENTRAL_PAGES_DIR?.trim() || undefined,
    uploadExpiryDays: Number(expiryText),
  };
}

export const isInMemory = (config: CentralConfig): boolean => config.databaseUrl === undefined && config.dataDir === inMemoryDataDir;
