import { z } from 'zod';
import { caseDocTypes, paperKinds } from '../print/doc-types';
import { printDataSchema } from '../print/print-data';
import { printSettingsSchema } from '../print/print-settings';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

/** Everyone at the hall may preview and print; only an administrator sets the printers. */
const printers = ['clerk', 'agent', 'supervisor', 'admin'] as const;

const caseNo = z.string().trim().min(1, '请输入受理编号').max(40);
const docType = z.enum(caseDocTypes, { error: '请选择要打印的文书' });
const documentId = z.number().int().positive();
const itemCode = z.string().trim().min(1, '请选择事项').max(40);

export const issuedDocumentSchema = z.object({
  documentId: z.number(),
  docType: z.enum(caseDocTypes),
  title: z.string(),
  docNo: z.string(),
  reprint: z.boolean(),
  pageCount: z.number(),
  paper: z.enum(paperKinds),
  sha256: z.string(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const documentSummarySchema = z.object({
  documentId: z.number(),
  docType: z.enum(caseDocTypes),
  title: z.string(),
  docNo: z.string(),
  reprint: z.boolean(),
  pageCount: z.number(),
  printedAt: z.string(),
  clerkName: z.string(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

const pdfFileSchema = z.object({ fileName: z.string(), pdfBase64: z.string(), pageCount: z.number() });

export const printEndpoints = {
  /** What would print now, for the preview: read-only. */
  'print.preview': endpoint({ title: '预览文书', access: printers, input: z.object({ caseNo, docType }), output: printDataSchema }),
  /** Renders the PDF in the back end and keeps it with the case; a second one is a reprint (补打). */
  'print.issue': endpoint({ title: '打印文书', access: printers, input: z.object({ caseNo, docType }), output: issuedDocumentSchema }),
  'print.documents': endpoint({
    title: '查看已打印文书',
    access: printers,
    input: z.object({ caseNo }),
    output: z.array(documentSummarySchema),
  }),
  /** A stored PDF, base64 (the web shell's download, tests). */
  'print.pdf': endpoint({
    title: '下载文书',
    access: printers,
    input: z.object({ documentId }),
    output: pdfFileSchema.extend({ sha256: z.string() }),
  }),
  /**
   * 下载PDF: the printed original once there is one; before the first print a preview copy,
   * marked 预览件（未正式打印）, numbered and kept nowhere (it never makes the next print a 补打).
   */
  'print.download': endpoint({
    title: '下载文书PDF',
    access: printers,
    input: z.object({ caseNo, docType }),
    output: pdfFileSchema.extend({ previewCopy: z.boolean() }),
  }),
  /** Desktop app only: a stored document to the printer set for its type, else the system dialog. */
  'print.send': endpoint({
    title: '发送到打印机',
    access: printers,
    input: z.object({ documentId }),
    output: z.object({ mode: z.enum(['silent', 'dialog']), printer: z.string().nullable() }),
  }),
  'print.guidePreview': endpoint({
    title: '预览办事指南',
    access: printers,
    input: z.object({ code: itemCode, version: z.number().int().positive().optional() }),
    output: printDataSchema,
  }),
  /** The 办事指南 of an item, with no case: audited, not stored. */
  'print.guidePdf': endpoint({
    title: '打印办事指南',
    access: printers,
    input: z.object({ code: itemCode, version: z.number().int().positive().optional() }),
    output: pdfFileSchema,
  }),
  'print.settings.get': endpoint({ title: '查看打印设置', access: ['admin'], input: emptyInput, output: printSettingsSchema }),
  'print.settings.update': endpoint({ title: '修改打印设置', access: ['admin'], input: printSettingsSchema, output: printSettingsSchema }),
};
