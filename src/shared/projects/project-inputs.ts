import { z } from 'zod';
import { creditCodeSchema, enterpriseNameSchema } from '../identity/schemas';
import { dateInputSchema, textInput } from '../lifecycle/lifecycle-inputs';
import { safeText } from '../text/safe-text';

export const projectNoSchema = z.string().trim().min(1, '请选择项目').max(40, '项目编号过长');

/**
 * A new 全程代办 project. The 全程代办委托书 is recorded by its number and signing date; the
 * service is free, so there is no fee field and one is refused.
 */
export const createProjectInputSchema = z
  .object({
    kind: z.string().trim().min(1, '请选择项目类型').max(40),
    name: safeText('项目名称', { max: 60, required: true }),
    enterpriseCreditCode: creditCodeSchema,
    enterpriseName: enterpriseNameSchema,
    location: safeText('项目地点', { max: 100, required: true }),
    agentId: z.int('请选择负责的代办员').positive('请选择负责的代办员'),
    mandateNo: textInput('委托书编号', 40),
    mandateSignedOn: dateInputSchema('委托书签署日期'),
    /** Working days promised for the whole chain; the template's target when left out. */
    targetDays: z.int('目标工作日应为正整数').positive('目标工作日应为正整数').max(500, '目标工作日过大').optional(),
  })
  .loose()
  .superRefine((value, ctx) => {
    const extra = Object.keys(value).filter(
      (key) =>
        ![
          'kind',
          'name',
          'enterpriseCreditCode',
          'enterpriseName',
          'location',
          'agentId',
          'mandateNo',
          'mandateSignedOn',
          'targetDays',
        ].includes(key),
    );
    if (extra.some((key) => /fee|charge|price|amount/i.test(key))) {
      ctx.addIssue({ code: 'custom', message: '全程代办服务免费，委托书不得约定任何费用', path: ['fee'] });
    } else if (extra.length > 0) {
      ctx.addIssue({ code: 'custom', message: `项目信息中有无法识别的内容：${extra.join('、')}` });
    }
  })
  .transform(({ kind, name, enterpriseCreditCode, enterpriseName, location, agentId, mandateNo, mandateSignedOn, targetDays }) => ({
    kind,
    name,
    enterpriseCreditCode,
    enterpriseName,
    location,
    agentId,
    mandateNo,
    mandateSignedOn,
    targetDays,
  }));
export type CreateProjectInput = z.input<typeof createProjectInputSchema>;

export const projectHandoverInputSchema = z.object({
  projectNo: projectNoSchema,
  toAgentId: z.int('请选择接手的代办员').positive('请选择接手的代办员'),
  reason: textInput('交接原因', 300),
});

export const projectListInputSchema = z.object({
  agentId: z.int().positive().optional(),
  kind: z.string().trim().max(40).optional(),
  level: z.enum(['red', 'yellow', 'normal']).optional(),
});
