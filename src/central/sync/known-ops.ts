import { projectOpsByEntity } from '../../shared/projects/project-ops';

/**
 * What a desk may send, by entity. A case event of any op carries the case's full `CaseDetail`
 * as it stands after the change, so the centre needs no per-op logic to apply it. A new desk op
 * is added here (and to docs/sync-protocol.md) before desks start sending it; until then the
 * centre rejects it with a reason and the desk can resend it after the centre is upgraded.
 */
export const knownOpsByEntity: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['case', new Set(['case.registered', 'case.updated', 'case.corrected', 'case.voided'])],
  ['user', new Set(['user.created', 'user.updated', 'user.password.reset'])],
  ['desk', new Set(['desk.initialized'])],
  ['desk-settings', new Set(['settings.updated'])],
  ['catalogue', new Set(['catalogue.imported'])],
  // A printed notice: its number, type and PDF hash (the PDF itself stays with the desk).
  ['case-document', new Set(['print.printed', 'print.reprinted'])],
  ['print-settings', new Set(['settings.print-updated'])],
  // 好差评: one rating and at most one follow-up per case and stage (entityId `<caseNo>/<stage>`);
  // each event carries the record as it stands after the change.
  ['rating', new Set(['rating.invited', 'rating.invitation-cancelled', 'rating.submitted'])],
  ['follow-up', new Set(['follow-up.opened', 'follow-up.assigned', 'follow-up.called-back', 'follow-up.closed'])],
  // 全程代办 projects and their chain templates (src/shared/projects/project-ops.ts).
  ...projectOpsByEntity.map(([entity, ops]) => [entity, new Set(ops)] as const),
]);

export const knownEntities = [...knownOpsByEntity.keys()];
