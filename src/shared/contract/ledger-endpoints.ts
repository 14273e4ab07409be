import { z } from 'zod';
import { dailyLedgerSchema, handoverNoteSchema, ledgerInputSchema, saveHandoverInputSchema } from '../ledger/ledger-schemas';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

/** 日结 and the shift hand-over note: the window's people (a supervisor may read a clerk's). */
const windowStaff = ['clerk', 'supervisor', 'admin'] as const;

export const ledgerEndpoints = {
  'ledger.get': endpoint({ title: '查看日结', access: windowStaff, input: ledgerInputSchema, output: dailyLedgerSchema }),
  /** The 窗口日结单 as a PDF through the print pipeline (audited, not stored). */
  'ledger.pdf': endpoint({
    title: '打印日结单',
    access: windowStaff,
    input: ledgerInputSchema,
    output: z.object({ fileName: z.string(), pdfBase64: z.string(), pageCount: z.number() }),
  }),
  'ledger.saveHandover': endpoint({
    title: '保存交接说明',
    access: windowStaff,
    input: saveHandoverInputSchema,
    output: handoverNoteSchema,
  }),
  /** The latest note another person left at this desk, for whoever logs in next. */
  'ledger.latestHandover': endpoint({ title: '查看交接说明', access: 'session', input: emptyInput, output: handoverNoteSchema.nullable() }),
};
