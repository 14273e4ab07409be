import { z } from 'zod';
import { safeText } from '../text/safe-text';

/*
 * 全程代办 chain templates: per project kind, the stages of the approval chain and the catalogue
 * items each needs. Kept as catalogue data (resources/catalogue/chain-templates.json), imported by
 * an administrator like the catalogue; a published version never changes.
 */

export const chainTemplatesFormat = 'halldesk-chain-templates';

const itemCodeSchema = z.string().trim().min(1, '事项编码不能为空').max(40, '事项编码过长');

export const chainStageSchema = z.strictObject({
  name: safeText('阶段名称', { max: 40, required: true }),
  itemCodes: z
    .array(itemCodeSchema)
    .min(1, '每个阶段至少包含一个事项')
    .refine((codes) => new Set(codes).size === codes.length, '同一阶段中事项不能重复'),
  /** Every item of this stage must be decided before any item of the next stage is registered. */
  finishBeforeNext: z.boolean(),
});
export type ChainStage = z.infer<typeof chainStageSchema>;

export const chainTemplateSchema = z
  .strictObject({
    kind: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]{1,39}$/, '项目类型代码应为小写字母、数字和连字符'),
    name: safeText('项目类型名称', { max: 40, required: true }),
    version: z.int('版本号应为正整数').positive('版本号应为正整数'),
    /** The hall's default promise for the whole chain, in working days. */
    targetDays: z.int('目标工作日应为正整数').positive('目标工作日应为正整数').max(500, '目标工作日过大'),
    stages: z.array(chainStageSchema).min(1, '至少包含一个阶段').max(10, '阶段过多'),
  })
  .refine((t) => {
    const all = t.stages.flatMap((s) => s.itemCodes);
    return new Set(all).size === all.length;
  }, '同一事项不能出现在两个阶段');
export type ChainTemplate = z.infer<typeof chainTemplateSchema>;

export const chainTemplatesFileSchema = z.strictObject({
  format: z.literal(chainTemplatesFormat, { error: `文件格式应为 ${chainTemplatesFormat}` }),
  formatVersion: z.literal(1, { error: '不支持的文件版本' }),
  templates: z
    .array(chainTemplateSchema)
    .min(1, '文件中没有项目模板')
    .refine((ts) => new Set(ts.map((t) => `${t.kind}@${t.version}`)).size === ts.length, '同一项目类型的同一版本只能出现一次'),
});
export type ChainTemplatesFile = z.infer<typeof chainTemplatesFileSchema>;

/** Every item code the templates use, for checking them against the catalogue. */
export function templateItemCodes(template: ChainTemplate): string[] {
  return template.stages.flatMap((s) => s.itemCodes);
}
