import { z } from 'zod';
import { isDateString } from '../calendar/date-string';
import { warningLevels } from '../lifecycle/warning-level';
import { applicantRecordSchema, caseDetailSchema, caseStates, caseSummarySchema, materialSpecSchema } from '../intake/case-types';
import { agentInputSchema, applicantInputSchema, applicantLookupSchema } from '../intake/applicant-schema';
import { decisionInputSchema } from '../intake/decision';
import { materialReceiptSchema } from '../intake/material-check';
import { endpoint } from './endpoint';
import { itemSummarySchema } from './catalogue-endpoints';
import { emptyInput, searchQuerySchema } from './fields';

const intakeRoles = ['clerk', 'agent', 'admin'] as const;
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;

const itemCodesSchema = z
  .array(z.string().trim().min(1).max(40), { error: '请至少选择一个事项' })
  .min(1, '请至少选择一个事项')
  .max(10, '一次最多联办10个事项')
  .refine((codes) => new Set(codes).size === codes.length, '同一事项不能重复选择');

export const registerCaseInputSchema = z.object({
  /** Chosen by the form when it opens: a resent or double-clicked submit registers once. */
  requestId: z.uuid('请求标识无效'),
  itemCodes: itemCodesSchema,
  applicant: applicantInputSchema,
  agent: agentInputSchema.nullable().default(null),
  materials: z.array(materialReceiptSchema).max(300, '材料过多'),
  decision: decisionInputSchema,
  /** 全程代办: the project this case is registered for (its enterprise, an open stage of its chain). */
  projectNo: z.string().trim().min(1).max(40).nullable().default(null),
});
export type RegisterCaseInput = z.input<typeof registerCaseInputSchema>;

export const intakePlanSchema = z.object({
  items: z.array(itemSummarySchema),
  materials: z.array(materialSpecSchema),
  /** If accepted today: the promised date (暂定 when counted over a year without calendar data). */
  promisedDateIfAcceptedToday: z.string().nullable(),
  promisedDateProvisional: z.boolean(),
  calendarWarning: z.string().nullable(),
  today: z.string(),
  /** The default 容缺 supply deadline: never past the promised date. */
  defaultSupplyDeadline: z.string().nullable(),
});
export type IntakePlan = z.infer<typeof intakePlanSchema>;

const searchDate = (label: string) => z.string().refine(isDateString, `${label}应为 YYYY-MM-DD 格式的日期`).optional();

export const caseSearchInputSchema = z
  .object({
    query: searchQuerySchema,
    todayOnly: z.boolean().default(false),
    state: z.enum(caseStates).optional(),
    /** Received between these days, inclusive. */
    receivedFrom: searchDate('起始日期'),
    receivedTo: searchDate('截止日期'),
    itemCode: z.string().trim().min(1).max(40).optional(),
    clerkStaffNo: z.string().trim().min(1).max(20).optional(),
    /** 督办 warning level of the case as the supervision service computes it today. */
    warningLevel: z.enum(warningLevels).optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  })
  .refine((s) => !s.receivedFrom || !s.receivedTo || s.receivedFrom <= s.receivedTo, {
    message: '起始日期不能晚于截止日期',
    path: ['receivedTo'],
  });
export type CaseSearchInput = z.input<typeof caseSearchInputSchema>;

export const caseEndpoints = {
  'intake.plan': endpoint({
    title: '生成材料清单',
    access: readers,
    input: z.object({ itemCodes: itemCodesSchema, hasAgent: z.boolean().default(false) }),
    output: intakePlanSchema,
  }),
  'cases.register': endpoint({ title: '登记受理', access: intakeRoles, input: registerCaseInputSchema, output: caseDetailSchema }),
  'cases.get': endpoint({
    title: '查看案件',
    access: readers,
    input: z.object({ caseNo: z.string().trim().min(1, '请输入受理编号').max(40) }),
    output: caseDetailSchema,
  }),
  'cases.search': endpoint({
    title: '查询案件',
    access: readers,
    input: caseSearchInputSchema,
    output: z.object({ total: z.number(), rows: z.array(caseSummarySchema) }),
  }),
  'applicants.find': endpoint({
    title: '查找申请人',
    access: readers,
    input: applicantLookupSchema,
    output: applicantRecordSchema.nullable(),
  }),
  'idReader.read': endpoint({
    title: '读取身份证',
    access: intakeRoles,
    input: emptyInput,
    output: z.object({
      name: z.string(),
      idNumber: z.string(),
      address: z.string(),
      sex: z.string(),
      nation: z.string(),
      birthDate: z.string(),
    }),
  }),
};
