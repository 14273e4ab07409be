import { z } from 'zod';
import { scanTraySchema } from '../materials/scan-types';
import { incomingFileSchema, materialLimitsSchema, materialPageSchema, pageTargetSchema, reuseOfferSchema } from '../materials/page-types';
import { isDateString } from '../calendar/date-string';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

const writers = ['clerk', 'agent', 'admin'] as const;
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;
const materialKey = z.string().trim().min(1).max(80);
const linePages = z.array(materialPageSchema);
const itemCodes = z.array(z.string().trim().min(1).max(40)).min(1).max(10);
const idNumber = z.string().trim().min(1, '请输入证件号码').max(40);
const day = z.string().refine(isDateString, '日期应为 YYYY-MM-DD 格式');

export const materialSettingsSchema = z.object({
  limits: materialLimitsSchema,
  cameraDeviceId: z.string().max(200).nullable(),
  /** This desk's watched scanner folder; empty or null: off. */
  scannerFolder: z
    .string()
    .trim()
    .max(500, '路径过长')
    .nullable()
    .default(null)
    .transform((path) => path || null),
});

export const materialEndpoints = {
  'materials.addPages': endpoint({
    title: '添加材料页',
    access: writers,
    input: z.object({
      target: pageTargetSchema,
      materialKey,
      source: z.enum(['camera', 'file']),
      files: z.array(incomingFileSchema).min(1, '请选择文件').max(30, '一次最多添加 30 个文件'),
    }),
    output: linePages,
  }),
  'materials.deletePage': endpoint({ title: '删除材料页', access: writers, input: z.object({ pageId: z.uuid() }), output: linePages }),
  'materials.list': endpoint({ title: '查看材料页', access: readers, input: z.object({ target: pageTargetSchema }), output: linePages }),
  'materials.pageContent': endpoint({
    title: '查看材料页',
    access: readers,
    input: z.object({ pageId: z.uuid(), thumbnail: z.boolean().default(false) }),
    output: z.object({ mime: z.string(), base64: z.string() }),
  }),
  /** 三减: copies on file for a returning applicant that fit the lines of these items. */
  'materials.reuseOffers': endpoint({
    title: '查找可复用材料',
    access: writers,
    input: z.object({ itemCodes, idNumber }),
    output: z.array(reuseOfferSchema),
  }),
  'materials.reuse': endpoint({
    title: '复用在档材料',
    access: writers,
    input: z.object({ draftId: z.uuid('草稿标识无效'), materialKey, itemCodes, idNumber }),
    output: linePages,
  }),
  'materials.reuseFigures': endpoint({
    title: '查看复用统计',
    access: readers,
    input: z.object({ from: day, to: day }),
    output: z.object({ lines: z.number(), cases: z.number() }),
  }),
  /** The 待归档扫描件 tray of this desk's watched scanner folder. */
  'materials.scans': endpoint({ title: '查看待归档扫描件', access: writers, input: emptyInput, output: scanTraySchema }),
  'materials.assignScan': endpoint({
    title: '扫描件归入材料',
    access: writers,
    input: z.object({ scanId: z.uuid('扫描件标识无效'), target: pageTargetSchema, materialKey }),
    output: linePages,
  }),
  'materials.removeScan': endpoint({
    title: '移除待归档扫描件',
    access: writers,
    input: z.object({ scanId: z.uuid('扫描件标识无效') }),
    output: scanTraySchema,
  }),
  'materials.settings': endpoint({ title: '查看材料设置', access: readers, input: emptyInput, output: materialSettingsSchema }),
  'materials.updateSettings': endpoint({
    title: '修改材料设置',
    access: ['admin'],
    input: materialSettingsSchema,
    output: materialSettingsSchema,
  }),
};
