import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { staffNoSchema } from '../contract/fields';
import { decisionKinds } from '../intake/decision';
import { caseStates } from '../intake/case-types';
import { caseDocTypes } from '../print/doc-types';

/** 日结: one clerk's day at the window (the hall's day, Asia/Shanghai), and the shift hand-over note. */

export const ledgerInputSchema = z.object({
  /** The hall day; today when left out. */
  day: z.string().refine(isDateString, '日期应为 YYYY-MM-DD 格式').optional(),
  /** Supervisors may read another clerk's ledger; a clerk reads only their own. */
  staffNo: staffNoSchema.optional(),
});

export const handoverNoteSchema = z.object({
  day: z.string(),
  staffNo: z.string(),
  name: z.string(),
  text: z.string(),
  savedAt: z.string(),
});
export type HandoverNote = z.infer<typeof handoverNoteSchema>;

export const ledgerCaseSchema = z.object({
  caseNo: z.string(),
  receivedAt: z.string(),
  applicantName: z.string(),
  itemNames: z.string(),
  decision: z.enum(decisionKinds),
  state: z.enum(caseStates),
});

export const dailyLedgerSchema = z.object({
  day: z.string(),
  hallName: z.string(),
  deskNo: z.string(),
  clerk: z.object({ staffNo: z.string(), name: z.string() }),
  /** Cases registered that day, by the window's decision; voided ones counted apart, not in these. */
  byDecision: z.array(z.object({ decision: z.enum(decisionKinds), count: z.number() })),
  voided: z.number(),
  cases: z.array(ledgerCaseSchema),
  documents: z.array(z.object({ docType: z.enum(caseDocTypes), title: z.string(), originals: z.number(), reprints: z.number() })),
  handedOut: z.array(z.object({ caseNo: z.string(), at: z.string(), applicantName: z.string(), summary: z.string() })),
  /** This clerk's note for the day, if saved. */
  note: handoverNoteSchema.nullable(),
});
export type DailyLedger = z.infer<typeof dailyLedgerSchema>;

export const saveHandoverInputSchema = z.object({
  text: z.string().trim().min(2, '交接说明至少2个字').max(1000, '交接说明不能超过1000个字'),
});
