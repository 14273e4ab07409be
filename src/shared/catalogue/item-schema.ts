import { z } from 'zod';

/*
 * The service catalogue (事项目录 / 办事指南). Keys are English; what a clerk reads comes from the
 * label maps. Every message is Chinese because import errors are shown to hall administrators.
 */

export const itemTypes = [
  'licensing',
  'confirmation',
  'payment',
  'adjudication',
  'reward',
  'filing',
  'levy',
  'public-service',
  'other-power',
] as const;
export type ItemType = (typeof itemTypes)[number];
export const itemTypeLabels: Record<ItemType, string> = {
  licensing: '行政许可',
  confirmation: '行政确认',
  payment: '行政给付',
  adjudication: '行政裁决',
  reward: '行政奖励',
  filing: '行政备案',
  levy: '行政征收',
  'public-service': '公共服务',
  'other-power': '其他行政权力',
};
/** The type segment of an item code, as used by the provincial catalogues. Informative only. */
export const itemTypeCodes: Record<ItemType, string> = {
  licensing: 'XK',
  confirmation: 'QR',
  payment: 'JF',
  adjudication: 'CJ',
  reward: 'JL',
  filing: 'BA',
  levy: 'ZS',
  'public-service': 'GG',
  'other-power': 'QT',
};

export const handlingKinds = ['establish', 'change', 'renew', 'cancel', 'other'] as const;
export type HandlingKind = (typeof handlingKinds)[number];
export const handlingKindLabels: Record<HandlingKind, string> = {
  establish: '设立',
  change: '变更',
  renew: '延续',
  cancel: '注销',
  other: '其他',
};

export const materialSources = ['applicant', 'issuing-agency', 'shared'] as const;
export type MaterialSource = (typeof materialSources)[number];
export const materialSourceLabels: Record<MaterialSource, string> = {
  applicant: '申请人自备',
  'issuing-agency': '政府部门核发',
  shared: '电子证照共享',
};

export const necessities = ['required', 'conditional', 'deferrable'] as const;
export type Necessity = (typeof necessities)[number];
export const necessityLabels: Record<Necessity, string> = {
  required: '必须',
  conditional: '情形必须',
  deferrable: '可容缺',
};

export const materialMedia = ['paper', 'electronic'] as const;
export type MaterialMedium = (typeof materialMedia)[number];
export const mediaLabels: Record<MaterialMedium, string> = { paper: '纸质', electronic: '电子' };

export const applicantKinds = ['person', 'enterprise'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export const applicantKindLabels: Record<ApplicantKind, string> = {
  person: '自然人',
  enterprise: '法人和其他组织',
};

/** Agency code (region digits, optionally a department suffix) + type code + serial. */
export const itemCodePattern = /^[0-9]{6}[0-9A-Z]{0,14}-[A-Z]{2}-[0-9]{4,6}$/;
export const materialKeyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// One or more numbers: landline with area code, bare short numbers like 12345, or a mobile.
const phonePattern = /^(?:\d{3,4}-)?\d{5,8}(?:-\d{1,6})?(?:[、,，/]\s*(?:\d{3,4}-)?\d{5,11}(?:-\d{1,6})?)*$/;

type IssueInput = { code?: string; input?: unknown; keys?: string[] };

const expecting = (label: string, what: string) => ({
  error: (iss: IssueInput) => (iss.input === undefined ? `缺少${label}` : `${label}应为${what}`),
});

const text = (label: string) => z.string(expecting(label, '文字')).refine((v) => v.trim() !== '', { error: `${label}不能为空` });

const count = (label: string, min: number, max?: number) => {
  const base = z.int(expecting(label, '整数')).min(min, { error: `${label}不能小于 ${min}` });
  return max === undefined ? base : base.max(max, { error: `${label}不能大于 ${max}` });
};

const flag = (label: string) =>
  z.boolean({ error: (iss: IssueInput) => (iss.input === undefined ? `缺少${label}` : `${label}应为 true 或 false`) });

const oneOf = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, label: string) => {
  const allowed = values.map((v: T[number]) => `${v}（${labels[v]}）`).join('、');
  return z.enum(values, expecting(label, `以下取值之一：${allowed}`));
};

const list = <T extends z.ZodType>(item: T, label: string, min = 0) => {
  const base = z.array(item, expecting(label, '数组'));
  return min === 0 ? base : base.min(min, { error: `${label}至少要有 ${min} 项` });
};

const object = <T extends z.core.$ZodLooseShape>(label: string, shape: T) =>
  z.strictObject(shape, {
    error: (iss: IssueInput) =>
      iss.code === 'unrecognized_keys'
        ? `${label}中有无法识别的字段：${(iss.keys ?? []).join('、')}`
        : iss.input === undefined
          ? `缺少${label}`
          : `${label}应为对象`,
  });

const date = (label: string) =>
  z.string(expecting(label, '日期')).refine(
    (v) => {
      const m = datePattern.exec(v);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
    },
    { error: `${label}应为有效日期，格式 YYYY-MM-DD，如 2026-01-01` },
  );

const phone = (label: string) =>
  z.string(expecting(label, '文字')).regex(phonePattern, {
    error: `${label}格式不正确，应如 0512-68001234，多个号码用“、”分隔`,
  });

/**
 * 三减: a copy of this material on file for the applicant (this one, or one of the keys named in
 * sameAs) may be reused for this many months after it was received. Absent: never reused.
 */
export const materialReuseSchema = object('复用规则', {
  validMonths: count('复用有效期（月）', 1, 120),
  sameAs: list(
    z.string(expecting('等同材料标识', '文字')).regex(materialKeyPattern, { error: '等同材料标识只能由小写字母、数字和连字符组成' }),
    '等同材料',
  ).optional(),
});
export type MaterialReuse = z.infer<typeof materialReuseSchema>;

export const materialSchema = object('申请材料', {
  key: z.string(expecting('材料标识', '文字')).regex(materialKeyPattern, {
    error: '材料标识只能由小写字母、数字和连字符组成，如 business-licence',
  }),
  name: text('材料名称'),
  kind: text('材料类型').optional(),
  source: oneOf(materialSources, materialSourceLabels, '来源渠道'),
  issuer: text('出具单位').optional(),
  originals: count('原件份数', 0),
  copies: count('复印件份数', 0),
  media: list(oneOf(materialMedia, mediaLabels, '材料形式'), '材料形式', 1),
  necessity: oneOf(necessities, necessityLabels, '必要性'),
  condition: text('适用情形').optional(),
  formatNotes: text('纸质材料说明'),
  acceptanceStandard: text('受理标准').optional(),
  fillingNotes: text('填报须知').optional(),
  sampleUrl: text('示范文本地址').optional(),
  blankFormUrl: text('空白表格地址').optional(),
  reuse: materialReuseSchema.optional(),
}).superRefine((m, ctx) => {
  if (m.necessity === 'conditional' && m.condition === undefined) {
    ctx.addIssue({ code: 'custom', path: ['condition'], message: '必要性为“情形必须”的材料必须写明适用情形' });
  }
  if (new Set(m.media).size !== m.media.length) {
    ctx.addIssue({ code: 'custom', path: ['media'], message: '材料形式有重复项' });
  }
  // A paper material with nothing to hand over cannot be checked at the window.
  if (m.media.includes('paper') && m.originals + m.copies === 0) {
    ctx.addIssue({ code: 'custom', path: ['originals'], message: '纸质材料的原件份数和复印件份数不能都为 0' });
  }
});
export type Material = z.infer<typeof materialSchema>;

export const specialStepSchema = object('特殊环节', {
  name: text('特殊环节名称'),
  days: count('特殊环节天数', 1),
  countedInLimit: flag('是否计入办理时限'),
});
export type SpecialStep = z.infer<typeof specialStepSchema>;

export const feeSchema = object('收费信息', {
  charged: flag('是否收费'),
  standard: text('收费标准').optional(),
  basis: text('收费依据').optional(),
}).superRefine((f, ctx) => {
  if (!f.charged) return;
  if (f.standard === undefined) {
    ctx.addIssue({ code: 'custom', path: ['standard'], message: '收费事项必须填写收费标准' });
  }
  if (f.basis === undefined) {
    ctx.addIssue({ code: 'custom', path: ['basis'], message: '收费事项必须填写收费依据' });
  }
});
export type Fee = z.infer<typeof feeSchema>;

export const serviceItemSchema = object('事项', {
  code: z.string(expecting('事项编码', '文字')).regex(itemCodePattern, {
    error: '事项编码格式不正确，应为“实施机关编码-类型代码-序号”，如 3205000000-XK-0001',
  }),
  name: text('事项名称'),
  type: oneOf(itemTypes, itemTypeLabels, '事项类型'),
  department: text('实施机关'),
  competentDepartment: text('主管部门'),
  jointDepartments: list(text('联办机构'), '联办机构').optional(),
  handlingKind: oneOf(handlingKinds, handlingKindLabels, '办理项'),
  legalBasis: text('设定依据'),
  acceptanceConditions: text('受理条件'),
  location: text('办理地点'),
  officeHours: text('工作时间'),
  consultPhone: phone('咨询电话'),
  supervisionPhone: phone('监督电话'),
  statutoryDays: count('法定时限', 1),
  promisedDays: count('承诺时限', 1),
  specialSteps: list(specialStepSchema, '特殊环节'),
  fee: feeSchema,
  visitsRequired: count('到窗口次数', 0, 5),
  deliveryMethods: list(text('交件方式'), '交件方式', 1),
  collectionMethods: list(text('取件方式'), '取件方式', 1),
  mailSupported: flag('是否支持邮寄'),
  resultName: text('结果名称'),
  applicantKinds: list(oneOf(applicantKinds, applicantKindLabels, '服务对象'), '服务对象', 1),
  keywords: list(text('关键词'), '关键词'),
  version: count('版本号', 1),
  effectiveDate: date('生效日期'),
  materials: list(materialSchema, '申请材料', 1),
}).superRefine((item, ctx) => {
  if (item.promisedDays > item.statutoryDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['promisedDays'],
      message: `承诺时限不能超过法定时限（承诺 ${item.promisedDays} 个工作日，法定 ${item.statutoryDays} 个工作日）`,
    });
  }
  const seen = new Set<string>();
  item.materials.forEach((m, i) => {
    if (seen.has(m.key)) {
      ctx.addIssue({ code: 'custom', path: ['materials', i, 'key'], message: `材料标识“${m.key}”在本事项中重复` });
    }
    seen.add(m.key);
  });
});
export type ServiceItem = z.infer<typeof serviceItemSchema>;

export const catalogueFormat = 'halldesk-catalogue';
export const catalogueFormatVersion = 1;

export const catalogueFileSchema = object('事项目录文件', {
  format: z.literal(catalogueFormat, { error: '不是 HallDesk 事项目录文件（format 应为 "halldesk-catalogue"）' }),
  formatVersion: z.literal(catalogueFormatVersion, { error: '不支持的目录文件版本（formatVersion 应为 1）' }),
  exportedAt: text('导出时间').optional(),
  items: list(serviceItemSchema, '事项列表', 1),
}).superRefine((file, ctx) => {
  const versions = new Set<string>();
  file.items.forEach((item, i) => {
    const id = `${item.code}@${item.version}`;
    if (versions.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', i, 'code'],
        message: `事项编码 ${item.code} 的第 ${item.version} 版在文件中重复出现`,
      });
    }
    versions.add(id);
  });
  // The case material list is a union by key, so one key must mean one material everywhere.
  // The name most items use is taken as right, so one stray name yields one error, not dozens.
  const counts = new Map<string, Map<string, number>>();
  for (const m of file.items.flatMap((item) => item.materials)) {
    const names = counts.get(m.key) ?? new Map<string, number>();
    names.set(m.name, (names.get(m.name) ?? 0) + 1);
    counts.set(m.key, names);
  }
  file.items.forEach((item, i) => {
    item.materials.forEach((m, j) => {
      const names = [...(counts.get(m.key) ?? new Map<string, number>())];
      if (names.length < 2) return;
      const [usual, times] = names.reduce((best, next) => (next[1] > best[1] ? next : best));
      if (m.name === usual) return;
      ctx.addIssue({
        code: 'custom',
        path: ['items', i, 'materials', j, 'name'],
        message: `材料标识“${m.key}”在其他 ${times} 处名为“${usual}”，此处却为“${m.name}”；同一标识必须是同一材料`,
      });
    });
  });
});
export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
