import { opsOf, syncEntities } from '../../shared/sync/protocol';

/**
 * What a desk may send, by entity: the protocol's closed union (src/shared/sync/protocol.ts). A
 * case event of any op carries the case's full `CaseDetail` as it stands after the change, so the
 * centre needs no per-op logic to apply it. Until an op is in the protocol the centre rejects it
 * with a reason and the desk can resend it after the centre is upgraded.
 */
export const knownOpsByEntity: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  syncEntities.map((entity) => [entity, new Set(opsOf(entity))]),
);

export const knownEntities = [...knownOpsByEntity.keys()];
