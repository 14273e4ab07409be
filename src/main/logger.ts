import { join } from 'node:path';
import pino from 'pino';

/**
 * Structured logs in the data folder. Inputs are never logged whole (they carry passwords and
 * personal data); redact covers the names that might slip through in an error object.
 */
export function createLogger(dataDir: string, level = process.env.HALLDESK_LOG_LEVEL ?? 'info') {
  return pino(
    {
      level,
      redact: { paths: ['password', '*.password', 'input', '*.input', 'oldPassword', 'newPassword'], censor: '[redacted]' },
    },
    pino.destination({ dest: join(dataDir, 'halldesk.log'), mkdir: true, sync: false }),
  );
}

export type AppLogger = ReturnType<typeof createLogger>;
