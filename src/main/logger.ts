import { join } from 'node:path';
import pino from 'pino';
import { openLogDestination } from './log-destination';

/**
 * Structured logs in the data folder. Inputs are never logged whole (they carry passwords and
 * personal data); redact covers the names that might slip through in an error object. A log that
 * cannot be written (full disk) never stops the desk: see openLogDestination.
 */
export function createLogger(dataDir: string, level = process.env.HALLDESK_LOG_LEVEL ?? 'info') {
  const destination = openLogDestination(join(dataDir, 'halldesk.log'));
  return pino(
    {
      level,
      redact: { paths: ['password', '*.password', 'input', '*.input', 'oldPassword', 'newPassword'], censor: '[redacted]' },
    },
    destination,
  );
}

export type AppLogger = ReturnType<typeof createLogger>;
