import { z } from 'zod';
import { pageRefSchema } from '../materials/page-types';
import { decisionKinds } from './decision';

/** Intake states, then the states of the case's life after intake (src/shared/lifecycle). */
export const caseStates = [
  'accepted',
  'awaiting-materials',
  'refused',
  'in-progress',
  'decided',
  'delivered',
  'withdrawn',
  'terminated',
  /** Registered by mistake and voided the same day with a supervisor's approval; number kept, never reused. */
  'voided',
] as const;
export type CaseState = (typeof caseStates)[number];
export const caseStateLabels: Record<CaseState, string> = {
  accepted: '已受理',
  'awaiting-materials': '待补正',
  refused: '不予受理',
  'in-progress': '办理中',
  decided: '已办结',
  delivered: '已出件',
  withdrawn: '已撤回',
  terminated: '已终止',
  voided: '已作废',
};

/** The applicant as stored with a case: a person's ID, or an enterprise's credit code. */
export const applicantRecordSchema = z.object({
  kind: z.enum(['person', 'enterprise']),
  idKind: z.string(),
  idNumber: z.string(),
  name: z.string(),
  phone: z.string(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
});
export type ApplicantRecord = z.infer<typeof applicantRecordSchema>;

export const caseItemSchema = z.object({
  code: z.string(),
  version: z.number(),
  name: z.string(),
  department: z.string(),
  promisedDays: z.number(),
  promisedDate: z.string().nullable(),
});

/** One line of a case's material list as the items ask for it (see material-union). */
export const materialSpecSchema = z.object({
  key: z.string(),
  name: z.string(),
  necessity: z.enum(['required', 'conditional', 'deferrable']),
  condition: z.string().nullable(),
  originals: z.number(),
  copies: z.number(),
  media: z.array(z.enum(['paper', 'electronic'])),
  formatNotes: z.string(),
  issuer: z.string().nullable(),
  forItems: z.array(z.string()),
});

export const caseMaterialSchema = materialSpecSchema.extend({
  applicable: z.boolean(),
  receivedOriginals: z.number(),
  receivedCopies: z.number(),
  receivedElectronic: z.boolean(),
  status: z.enum(['received', 'missing', 'deferred', 'not-applicable']),
  supplyDeadline: z.string().nullable(),
  /** The line's electronic pages (issue 13); a case stored before them has none. */
  pages: z.array(pageRefSchema).default([]),
});
export type CaseMaterial = z.infer<typeof caseMaterialSchema>;

export const caseDetailSchema = z.object({
  caseNo: z.string(),
  state: z.enum(caseStates),
  decision: z.enum(decisionKinds),
  receivedAt: z.string(),
  acceptedOn: z.string().nullable(),
  promisedDate: z.string().nullable(),
  /** The promised date was counted over a year without calendar data (暂定). */
  promisedDateProvisional: z.boolean(),
  applicant: applicantRecordSchema,
  agent: z
    .object({ kind: z.enum(['entrusted', 'hall-proxy']), idKind: z.string(), idNumber: z.string(), name: z.string(), phone: z.string() })
    .nullable(),
  items: z.array(caseItemSchema),
  materials: z.array(caseMaterialSchema),
  refusal: z.object({ kind: z.string(), text: z.string(), referTo: z.string().nullable() }).nullable(),
  note: z.string().nullable(),
  commitmentSigned: z.boolean(),
  clerk: z.object({ staffNo: z.string(), name: z.string() }),
  hall: z.object({ name: z.string(), code: z.string(), deskNo: z.string() }),
  /** With the case number, lets the applicant look the case up on the centre's status page. */
  queryCode: z.string().nullable(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseSummarySchema = z.object({
  caseNo: z.string(),
  state: z.enum(caseStates),
  decision: z.enum(decisionKinds),
  applicantName: z.string(),
  applicantIdNumber: z.string(),
  applicantPhone: z.string(),
  itemNames: z.string(),
  receivedAt: z.string(),
  promisedDate: z.string().nullable(),
  promisedDateProvisional: z.boolean(),
  clerkName: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
