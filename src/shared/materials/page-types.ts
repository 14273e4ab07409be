import { z } from 'zod';

export const pageSources = ['camera', 'file', 'reuse'] as const;
export type PageSource = (typeof pageSources)[number];

export const pageMimes = ['image/jpeg', 'application/pdf'] as const;

/** One stored page of a material line (a PDF counts its sheets). */
export const materialPageSchema = z.object({
  pageId: z.string(),
  materialKey: z.string(),
  order: z.number(),
  mime: z.enum(pageMimes),
  size: z.number(),
  sha256: z.string(),
  sheets: z.number(),
  source: z.enum(pageSources),
  /** 复用: the page on file this one reuses. */
  reusedFrom: z.string().nullable(),
  createdAt: z.string(),
  createdByStaffNo: z.string(),
});
export type MaterialPage = z.infer<typeof materialPageSchema>;

/** A page as a case carries it (in CaseDetail and so in the case's sync event). */
export const pageRefSchema = materialPageSchema.pick({
  pageId: true,
  order: true,
  mime: true,
  size: true,
  sha256: true,
  sheets: true,
  source: true,
});
export type PageRef = z.infer<typeof pageRefSchema>;

/** Pages hang on a registered case, or on the intake form (its request id) until it registers. */
export const pageTargetSchema = z.union([
  z.object({ caseNo: z.string().trim().min(1, '请输入受理编号').max(40) }),
  z.object({ draftId: z.uuid('草稿标识无效') }),
]);
export type PageTarget = z.infer<typeof pageTargetSchema>;

export const rotations = [0, 90, 180, 270] as const;

/** A file's bytes as base64: one shape that crosses both IPC and the web host's JSON. */
export const incomingFileSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** ≈ 16 MB of file; the hall's page limit is checked on the decoded bytes. */
  base64: z
    .string()
    .max(22_400_000, '单个文件过大')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码无效'),
  /** Turned by the clerk in the capture panel, clockwise. */
  rotate: z.literal(rotations, { error: '旋转角度应为 0、90、180 或 270' }).default(0),
});

export const materialLimitsSchema = z.object({
  maxPageMb: z.int('应为整数').min(1, '至少 1 MB').max(16, '单页最大 16 MB'),
  maxPagesPerMaterial: z.int('应为整数').min(1).max(200, '每项材料最多 200 页'),
  maxPagesPerCase: z.int('应为整数').min(1).max(2000, '每件最多 2000 页'),
});
export type MaterialLimits = z.infer<typeof materialLimitsSchema>;

export const defaultMaterialLimits: MaterialLimits = { maxPageMb: 15, maxPagesPerMaterial: 50, maxPagesPerCase: 300 };

/** A copy on file offered for a line (三减): the newest still valid, never an expired one. */
export const reuseOfferSchema = z.object({
  materialKey: z.string(),
  fromKey: z.string(),
  fromCaseNo: z.string(),
  receivedOn: z.string(),
  /** The first day it may no longer be reused. */
  validUntil: z.string(),
  pages: z.array(materialPageSchema),
});
export type ReuseOffer = z.infer<typeof reuseOfferSchema>;
