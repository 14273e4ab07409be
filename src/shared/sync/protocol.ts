import { z } from 'zod';
import { deskNoSchema, hallCodeSchema } from '../contract/fields';
import { caseDetailSchema } from '../intake/case-types';
import { chainTemplateOps, projectOps } from '../projects/project-ops';

/**
 * The one sync protocol between a desk and the centre (docs/sync-protocol.md): both sides import
 * these schemas, so the wire format is written once. Additions (a field, an op, a publication
 * kind) keep the version; a change an existing desk could not follow bumps it.
 */
export const protocolVersion = 1;

/** The centre's caps on one `POST /v1/batches`; past either it answers 413 and applies nothing. */
export const batchLimits = { maxEvents: 500, maxBytes: 5 * 1024 * 1024 } as const;

// ---------------------------------------------------------------------------------------------
// Enrolment

export const enrolRequestSchema = z.object({
  enrolmentCode: z.string().trim().min(1, '请输入注册码').max(64, '注册码格式不正确'),
  hallCode: hallCodeSchema,
  deskNo: deskNoSchema,
});
export type EnrolRequest = z.input<typeof enrolRequestSchema>;

export const enrolReplySchema = z.object({
  deskId: z.string(),
  /** The secret half of `Authorization: Bearer <deskId>.<credential>`; the centre keeps only its hash. */
  credential: z.string(),
  hallCode: z.string(),
  hallName: z.string(),
  deskNo: z.string(),
});
export type EnrolReply = z.infer<typeof enrolReplySchema>;

// ---------------------------------------------------------------------------------------------
// Sync operations: a closed union of entities, their ops and their payloads

/** Any JSON object; the payloads the centre keeps in its ledger only. */
const objectPayload = z.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
  error: '事件内容（payload）应为 JSON 对象',
});

/** Every case op carries the whole case after the change (lifecycle changes add `lifecycle`). */
const casePayload = z.looseObject(caseDetailSchema.shape);

/**
 * What a desk may send, by entity. A new op is added here (and to the doc's table) before desks
 * send it; a centre that does not know it yet rejects it and the desk can resend after the upgrade.
 */
export const syncOperations = {
  case: { ops: ['case.registered', 'case.updated', 'case.corrected', 'case.voided'], payload: casePayload },
  user: { ops: ['user.created', 'user.updated', 'user.password.reset'], payload: objectPayload },
  desk: { ops: ['desk.initialized'], payload: objectPayload },
  'desk-settings': { ops: ['settings.updated'], payload: objectPayload },
  catalogue: { ops: ['catalogue.imported'], payload: objectPayload },
  // A printed notice: its number, type and PDF hash (the PDF itself stays with the desk).
  'case-document': { ops: ['print.printed', 'print.reprinted'], payload: objectPayload },
  'print-settings': { ops: ['settings.print-updated'], payload: objectPayload },
  // 好差评: one rating and at most one follow-up per case and stage (entityId `<caseNo>/<stage>`).
  rating: { ops: ['rating.invited', 'rating.invitation-cancelled', 'rating.submitted'], payload: objectPayload },
  'follow-up': { ops: ['follow-up.opened', 'follow-up.assigned', 'follow-up.called-back', 'follow-up.closed'], payload: objectPayload },
  // 全程代办: a project as it stands after the change; a template import carries the templates.
  project: { ops: projectOps, payload: objectPayload },
  'chain-template': { ops: chainTemplateOps, payload: objectPayload },
  // Electronic materials: the pages' metadata and hashes (the page files travel separately).
  'material-page': { ops: ['material.pages-added', 'material.page-deleted', 'material.pages-reused'], payload: objectPayload },
} as const;

type Operations = typeof syncOperations;
export type SyncEntity = keyof Operations;
export type SyncOp<E extends SyncEntity = SyncEntity> = Operations[E]['ops'][number];

/** One typed change as the desk records it: the entity, one of its ops, and that entity's payload. */
export type SyncOperation = {
  [E in SyncEntity]: { entity: E; op: SyncOp<E>; payload: z.input<Operations[E]['payload']> };
}[SyncEntity];

export const syncEntities = Object.keys(syncOperations) as SyncEntity[];

/** The ops of an entity, or undefined for an entity the protocol does not know. */
export function opsOf(entity: string): readonly string[] | undefined {
  return Object.hasOwn(syncOperations, entity) ? syncOperations[entity as SyncEntity].ops : undefined;
}

// ---------------------------------------------------------------------------------------------
// Push: POST /v1/batches

/**
 * One outbox row on the wire. `payloadJson` is the payload exactly as the desk stored it: its
 * canonical JSON (canonical-json.ts) as a string, so neither side re-serialises it and the
 * content hash is sha256 of its UTF-8 bytes. A desk older than it sends `payload` (the parsed
 * object) instead; the centre then takes `canonicalJson(payload)` as the text.
 */
export const wireEventSchema = z.object({
  eventId: z.uuid(),
  seq: z.number().int().min(0),
  entity: z.string().min(1),
  entityId: z.string().min(1),
  op: z.string().min(1),
  payloadJson: z.string(),
  createdAt: z.string(),
});
export type WireEvent = z.infer<typeof wireEventSchema>;

/**
 * The centre's reading of a batch: the envelope only, each event needing no more than an id to
 * be answered by; every event is judged on its own later, so one bad event is rejected alone.
 * An event sent with `payloadJson` is read as one with the parsed `payload` (undefined when the
 * text is not JSON, which the payload check then rejects); the text itself is kept beside it, for
 * the centre stores and hashes those bytes.
 */
export const batchEnvelopeSchema = z.object({
  batchId: z.uuid('批次编号（batchId）应为 UUID'),
  events: z
    .array(
      z
        .looseObject({
          eventId: z
            .string({ error: '每个事件都必须有事件编号（eventId）' })
            .min(1, '每个事件都必须有事件编号（eventId）')
            .max(100, '事件编号（eventId）过长'),
          payloadJson: z.string().optional(),
        })
        .transform(({ payloadJson, ...event }) =>
          payloadJson === undefined ? event : { ...event, payload: parsePayloadJson(payloadJson), payloadJson },
        ),
      { error: '缺少事件列表（events）' },
    )
    .min(1, '批次中没有事件'),
});
export type BatchEnvelope = z.output<typeof batchEnvelopeSchema>;

export function parsePayloadJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const eventStatuses = ['applied', 'duplicate', 'rejected'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const eventResultSchema = z.object({ eventId: z.string(), status: z.enum(eventStatuses), reason: z.string().optional() });
export type EventResult = z.infer<typeof eventResultSchema>;

/**
 * The reason of a `rejected` answer for an event whose seq the centre holds under another event
 * id (§4.3): the desk was restored from an old backup, and numbers that event above the window's
 * high-water seq instead of setting it aside.
 */
export const seqTakenReason = '本窗口已有另一个事件使用了这个事件序号（seq），中心不予接收，请检查本窗口的数据';

/** One result per event, in the order sent. */
export const batchReplySchema = z.object({ batchId: z.string(), results: z.array(eventResultSchema) });
export type BatchReply = z.infer<typeof batchReplySchema>;

// ---------------------------------------------------------------------------------------------
// Pull: GET /v1/changes

export const publicationKinds = ['catalogue', 'calendar', 'case-status'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

/** What the back-office departments report about a case after the window accepted it. */
export const departmentStates = [
  'in-review',
  'suspended',
  'approved',
  'disapproved',
  'ready-for-collection',
  'delivered',
  'completed',
  'terminated',
  'materials-requested',
  'special-step-started',
  'special-step-ended',
  'partially-approved',
] as const;
export type DepartmentState = (typeof departmentStates)[number];

export const departmentStateLabels: Record<DepartmentState, string> = {
  'in-review': '审查中',
  suspended: '已中止',
  approved: '准予许可',
  disapproved: '不予许可',
  'ready-for-collection': '待领取',
  delivered: '已送达',
  completed: '已办结',
  terminated: '已终止',
  'materials-requested': '要求补正',
  'special-step-started': '特殊环节开始',
  'special-step-ended': '特殊环节结束',
  'partially-approved': '部分准予',
};

export function isDepartmentState(value: string): value is DepartmentState {
  return (departmentStates as readonly string[]).includes(value);
}

/** 要求补正: one thing the department finds missing; `materialKey` names the case's material line when it is one. */
export const missingMaterialSchema = z.object({
  materialKey: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().min(1, '请填写所缺材料的名称').max(100, '材料名称不能超过100个字'),
  note: z.string().trim().max(200, '材料说明不能超过200个字').optional(),
});
export type MissingMaterial = z.infer<typeof missingMaterialSchema>;

/** 准予 / 不予 / 部分准予: the decision document (决定书) and, optionally, the hash of its result file. */
export const departmentDecisionSchema = z.object({
  documentNo: z.string().trim().min(1, '请填写决定文书编号').max(60, '决定文书编号不能超过60个字'),
  decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '决定日期应为 YYYY-MM-DD'),
  resultFileSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '结果文件摘要应为64位小写十六进制 SHA-256')
    .optional(),
});
export type DepartmentDecision = z.infer<typeof departmentDecisionSchema>;

/** 特殊环节 start / end: which step (公示, 现场勘验, 专家评审… as the item names it), why, and its planned days. */
export const departmentSpecialStepSchema = z.object({
  kind: z.string().trim().min(1, '请填写特殊环节名称').max(60, '特殊环节名称不能超过60个字'),
  reason: z.string().trim().max(200, '特殊环节说明不能超过200个字').optional(),
  plannedDays: z.number().int().min(0).max(3650).optional(),
});
export type DepartmentSpecialStep = z.infer<typeof departmentSpecialStepSchema>;

/**
 * The body of a `case-status` publication. The department-action fields are optional, so a desk
 * older than them reads the body as before (unknown keys are dropped) and a CLI word carries none:
 * - `wordId`: one id per department action, so a desk moves a sub-task once per word;
 * - `position`: the sub-task's position in the case, when the department works more than one;
 * - `missingMaterials` with `materials-requested`; `specialStep` with `special-step-*`;
 *   `decision` with `approved` / `disapproved` / `partially-approved`.
 */
export const caseStatusBodySchema = z.object({
  caseNo: z.string(),
  hallCode: z.string().optional(),
  deskNo: z.string().optional(),
  state: z.string(),
  stateLabel: z.string(),
  department: z.string(),
  note: z.string(),
  updatedAt: z.string(),
  wordId: z.uuid().optional(),
  position: z.number().int().min(0).optional(),
  missingMaterials: z.array(missingMaterialSchema).optional(),
  decision: departmentDecisionSchema.optional(),
  specialStep: departmentSpecialStepSchema.optional(),
});
export type CaseStatusBody = z.infer<typeof caseStatusBodySchema>;

/**
 * One publication. `kind` stays a string on the wire: a desk meeting a kind newer than itself
 * skips it. Catalogue and calendar bodies are the shared file formats (catalogue/item-schema.ts,
 * calendar/calendar-schema.ts), checked where they are applied.
 */
export const changeSchema = z.object({ cursor: z.number(), kind: z.string(), body: z.unknown(), publishedAt: z.string() });
export type Change = z.infer<typeof changeSchema>;

export const changesPageSchema = z.object({ changes: z.array(changeSchema), nextCursor: z.number(), hasMore: z.boolean() });
export type ChangesPage = z.infer<typeof changesPageSchema>;

// ---------------------------------------------------------------------------------------------
// Start: GET /v1/snapshot (a new or replacement desk starts from its hall's current state)

export const snapshotCaseSchema = z.object({
  caseNo: z.string(),
  deskNo: z.string(),
  state: z.string(),
  contentHash: z.string(),
  /** The case as its latest event left it (canonical JSON, the query code taken out). */
  payloadJson: z.string().nullable(),
  departmentState: z.string().nullable(),
  department: z.string().nullable(),
  departmentNote: z.string().nullable(),
});
export type SnapshotCase = z.infer<typeof snapshotCaseSchema>;

export const windowSerialSchema = z.object({ year: z.number().int(), serial: z.number().int().min(0) });
export type WindowSerial = z.infer<typeof windowSerialSchema>;

/**
 * The window's other number series (文号 of printed documents per type and year, 全程代办 project
 * numbers per year): the highest serial of each the centre holds from the window's events.
 */
export const windowNumbersSchema = z.object({
  documents: z.array(z.object({ docType: z.string(), year: z.number().int(), serial: z.number().int().min(0) })),
  projects: z.array(windowSerialSchema),
});
export type WindowNumbers = z.infer<typeof windowNumbersSchema>;

export const snapshotPageSchema = z.object({
  /** Where the desk's change feed continues once it has the snapshot: `since` for GET /v1/changes. */
  feedCursor: z.number().int().min(0),
  /** The highest seq the centre holds from this window: a replacement desk numbers its events above it. */
  highWaterSeq: z.number().int().min(0),
  /**
   * First page only (optional, absent from older centres): the highest case serial per year the
   * centre holds from this window. A desk restored from an old backup raises its serials above them.
   */
  windowSerials: z.array(windowSerialSchema).optional(),
  /** First page only (optional, absent from older centres): as `windowSerials`, for documents and projects. */
  windowNumbers: windowNumbersSchema.optional(),
  cases: z.array(snapshotCaseSchema),
  /** Send it back as `after` for the next page. */
  nextAfter: z.string(),
  hasMore: z.boolean(),
});
export type SnapshotPage = z.infer<typeof snapshotPageSchema>;
