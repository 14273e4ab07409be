import { z } from 'zod';
import { incomingFileSchema, materialLimitsSchema, materialPageSchema, pageTargetSchema } from '../materials/page-types';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

const writers = ['clerk', 'agent', 'admin'] as const;
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;
const materialKey = z.string().trim().min(1).max(80);
const linePages = z.array(materialPageSchema);

export const materialSettingsSchema = z.object({
  limits: materialLimitsSchema,
  cameraDeviceId: z.string().max(200).nullable(),
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
  'materials.settings': endpoint({ title: '查看材料设置', access: readers, input: emptyInput, output: materialSettingsSchema }),
  'materials.updateSettings': endpoint({
    title: '修改材料设置',
    access: ['admin'],
    input: materialSettingsSchema,
    output: materialSettingsSchema,
  }),
};
