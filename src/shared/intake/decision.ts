import { z } from 'zod';
import { safeText } from '../text/safe-text';
import type { MaterialAssessment } from './material-check';

export const decisionKinds = ['accept', 'accept-deferred', 'correction-notice', 'refuse'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export const decisionLabels: Record<DecisionKind, string> = {
  accept: '受理',
  'accept-deferred': '容缺受理',
  'correction-notice': '一次性告知（补正）',
  refuse: '不予受理',
};

/** 行政许可法 art. 32: the grounds a window may refuse on the spot. */
export const refusalReasons = {
  'not-permit-matter': '申请事项依法不需要取得行政许可',
  'outside-powers': '申请事项依法不属于本机关职权范围',
  'not-qualified': '申请人不具备申请资格',
  'false-materials': '申请材料存在虚假内容',
  other: '其他原因',
} as const;
export type RefusalReasonKind = keyof typeof refusalReasons;

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** Free text on the notices: several lines allowed, nothing the centre or the paper would refuse. */
const text = (label: string, max: number) => safeText(label, { max, multiline: true }).refine((value) => value !== '', `请填写${label}`);

export const decisionInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('accept') }),
    z.object({
      kind: z.literal('accept-deferred'),
      commitmentSigned: z.literal(true, { error: '容缺受理须由申请人签署容缺受理承诺书' }),
      deadlines: z.array(z.object({ key: z.string().min(1), date: dateString })).max(100),
    }),
    z.object({ kind: z.literal('correction-notice'), note: safeText('补充说明', { max: 500, multiline: true }).optional() }),
    z
      .object({
        kind: z.literal('refuse'),
        reasonKind: z.enum(Object.keys(refusalReasons) as [RefusalReasonKind, ...RefusalReasonKind[]], { error: '请选择不予受理的理由' }),
        reasonText: text('不予受理的具体理由', 500),
        referTo: safeText('告知机关名称', { max: 100 }).optional(),
      })
      .refine((d) => d.reasonKind !== 'outside-powers' || Boolean(d.referTo), {
        message: '不属于本机关职权范围的，须告知申请人向哪个机关申请',
        path: ['referTo'],
      }),
  ],
  { error: '请选择受理决定' },
);
export type DecisionInput = z.input<typeof decisionInputSchema>;
export type Decision = z.output<typeof decisionInputSchema>;

/** Which decisions the materials allow; the back end refuses any other. */
export function allowedDecisions(assessment: MaterialAssessment): DecisionKind[] {
  const allowed: DecisionKind[] = [];
  if (assessment.missing.length === 0) allowed.push('accept');
  if (assessment.missing.length > 0 && assessment.missingBlocking.length === 0) allowed.push('accept-deferred');
  if (assessment.missing.length > 0) allowed.push('correction-notice');
  allowed.push('refuse');
  return allowed;
}

export function decisionRefusal(kind: DecisionKind, assessment: MaterialAssessment): string | null {
  if (allowedDecisions(assessment).includes(kind)) return null;
  if (kind === 'accept') {
    return `材料未收齐，不能直接受理：缺 ${assessment.missing.map((l) => l.spec.name).join('、')}`;
  }
  if (kind === 'accept-deferred' && assessment.missing.length === 0) return '材料已收齐，请直接受理';
  if (kind === 'accept-deferred') {
    return `以下材料不可容缺，不能容缺受理：${assessment.missingBlocking.map((l) => l.spec.name).join('、')}`;
  }
  return '材料已收齐，无需一次性告知';
}
