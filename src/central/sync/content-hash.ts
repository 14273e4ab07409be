import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/sync/canonical-json';

/** sha256 (hex) of the payload's canonical JSON: what a desk computes to compare a case with the centre. */
export function contentHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
}
