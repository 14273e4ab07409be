import { readFileSync } from 'node:fs';

/** Bumped only for a change an existing desk could not follow; additions keep the number. */
export const protocolVersion = 1;

/** The package version, for /v1/health and the logs. */
export function centralVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
