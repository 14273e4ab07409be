import { z } from 'zod';
import { caseNumberFormatProblem } from '../intake/case-number';
import { defaultHallTimeZone, isTimeZone } from '../time/hall-time';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const idReaderKinds = ['none', 'fake'] as const;
export const idReaderLabels: Record<(typeof idReaderKinds)[number], string> = {
  none: '不使用读卡器（手工录入）',
  fake: '演示读卡器（测试用）',
};

export const deskSettingsSchema = z.object({
  idReader: z.enum(idReaderKinds, { error: '请选择读卡器' }),
  caseNumberFormat: z
    .string()
    .trim()
    .min(1, '请填写受理编号格式')
    .max(60, '受理编号格式过长')
    .superRefine((value, ctx) => {
      const problem = caseNumberFormatProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** A session unused this long ends; the clerk logs in again (a hall setting). */
  sessionIdleMinutes: z.int('请填写整数分钟').min(5, '自动退出时间至少5分钟').max(480, '自动退出时间不能超过480分钟').default(30),
  /** The hall's time zone for every time shown, printed, exported or audited. */
  timeZone: z.string().trim().refine(isTimeZone, '请填写有效的时区，如 Asia/Shanghai').default(defaultHallTimeZone),
});
export type DeskSettings = z.infer<typeof deskSettingsSchema>;

export const settingsEndpoints = {
  'settings.get': endpoint({ title: '查看设置', access: ['admin'], input: emptyInput, output: deskSettingsSchema }),
  'settings.update': endpoint({ title: '修改设置', access: ['admin'], input: deskSettingsSchema, output: deskSettingsSchema }),
};
