import { z } from 'zod';
import { serviceItemSchema } from '../catalogue/item-schema';
import { endpoint } from './endpoint';
import { emptyInput, searchQuerySchema } from './fields';

const everyone = ['clerk', 'agent', 'supervisor', 'admin'] as const;

export const itemSummarySchema = z.object({
  code: z.string(),
  version: z.number(),
  name: z.string(),
  type: z.string(),
  department: z.string(),
  promisedDays: z.number(),
  statutoryDays: z.number(),
  applicantKinds: z.array(z.enum(['person', 'enterprise'])),
  hasDeferrable: z.boolean(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

const itemCode = z.string().trim().min(1, '请选择事项').max(40);

export const catalogueEndpoints = {
  'catalogue.search': endpoint({
    title: '查询事项',
    access: everyone,
    input: z.object({ query: searchQuerySchema, limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(itemSummarySchema),
  }),
  'catalogue.get': endpoint({
    title: '查看办事指南',
    access: everyone,
    input: z.object({ code: itemCode, version: z.number().int().positive().optional() }),
    output: serviceItemSchema,
  }),
  'catalogue.import': endpoint({
    title: '导入事项目录',
    access: ['admin'],
    input: z.object({ text: z.string().min(1, '文件为空').max(20_000_000, '文件过大') }),
    output: z.object({ imported: z.number(), unchanged: z.number() }),
  }),
  'catalogue.export': endpoint({
    title: '导出事项目录',
    access: ['admin', 'supervisor'],
    input: emptyInput,
    output: z.object({ fileName: z.string(), text: z.string() }),
  }),
};
