import { z } from 'zod';
import { docTypeInfo, docTypes, paperKinds, type DocType } from './doc-types';
import { statusBaseUrlPattern } from './status-url';

const documentSettingsSchema = z.object({
  /** The printer the desktop app prints to without asking; empty: the system print dialog. */
  printer: z.string().trim().max(200, '打印机名称过长').default(''),
  paper: z.enum(paperKinds, { error: '请选择纸张' }),
});
export type DocumentPrintSettings = z.infer<typeof documentSettingsSchema>;

const documentsShape = Object.fromEntries(docTypes.map((t) => [t, documentSettingsSchema])) as Record<
  DocType,
  typeof documentSettingsSchema
>;

/** A PNG or JPEG seal image as a data URL, at most about 400 KB. */
const sealImageSchema = z
  .string()
  .max(560_000, '印章图片不能超过400KB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, '印章图片应为 PNG 或 JPEG');

/** The hall's print settings (issue 4). Stored as one JSON value in the settings table. */
export const printSettingsSchema = z.object({
  /** The header line of every document; empty: the hall's name. */
  headerText: z.string().trim().max(60, '抬头不能超过60个字').default(''),
  /** The short code in document numbers (e.g. JC in JC受字〔2026〕第03-000012号); empty: the hall code. */
  shortCode: z
    .string()
    .trim()
    .max(8, '文号简称不能超过8个字符')
    .regex(/^[A-Za-z0-9\u4e00-\u9fa5]*$/, '文号简称只能包含汉字、字母和数字')
    .default(''),
  /** The status site's address (QR code on every case document); empty: not set, nothing prints. */
  statusBaseUrl: z
    .string()
    .trim()
    .max(200, '查询网址过长')
    .refine((url) => url === '' || statusBaseUrlPattern.test(url), '查询网址应为 http(s):// 开头的网址')
    .default(''),
  /** Mask personal ID numbers on receipts (回执, 收件凭证); notices print them in full. */
  maskIdOnReceipts: z.boolean().default(true),
  /** The window's phone, printed beside the clerk's name. */
  windowPhone: z.string().trim().max(40, '窗口电话过长').default(''),
  /** Calendar days the applicant has to bring what an 一次性告知书 lists. */
  correctionDays: z.number().int().min(1, '补正期限至少1天').max(365, '补正期限不能超过365天').default(30),
  /** The 行政复议机关 and 人民法院 named on 不予受理通知书; empty: not set, it does not print. */
  reviewAuthority: z.string().trim().max(60, '复议机关名称过长').default(''),
  litigationCourt: z.string().trim().max(60, '人民法院名称过长').default(''),
  sealImage: sealImageSchema.nullable().default(null),
  documents: z.object(documentsShape),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;
export type PrintSettingsInput = z.input<typeof printSettingsSchema>;

export function defaultPrintSettings(): PrintSettings {
  return printSettingsSchema.parse({
    documents: Object.fromEntries(docTypes.map((t) => [t, { printer: '', paper: docTypeInfo[t].defaultPaper }])),
  });
}

/** Which paper a document type may use: the receipt and the 收件凭证 may go on the roll. */
export function allowedPapers(docType: DocType): readonly (typeof paperKinds)[number][] {
  return docType === 'acceptance-receipt' || docType === 'material-receipt' ? paperKinds : ['A4'];
}
