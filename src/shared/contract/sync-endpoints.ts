import { z } from 'zod';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';
import { pageUploadFiguresSchema } from './page-upload-endpoints';

export const syncStatusSchema = z.object({
  enrolled: z.boolean(),
  centralUrl: z.string().nullable(),
  online: z.boolean().nullable(),
  pending: z.number(),
  lastSuccessAt: z.string().nullable(),
  error: z.string().nullable(),
  syncing: z.boolean(),
  progress: z.object({ sent: z.number(), total: z.number() }).nullable(),
  rejected: z.number(),
  reEnrolRequired: z.boolean(),
  /** The page upload queue (issue 13); absent from a back end without one. */
  pages: pageUploadFiguresSchema.optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const syncErrorSchema = z.object({
  eventId: z.string(),
  seq: z.number(),
  entity: z.string(),
  entityId: z.string(),
  op: z.string(),
  reason: z.string(),
  rejectedAt: z.string(),
});

export const enrolInputSchema = z.object({
  centralUrl: z.url({ protocol: /^https?$/, error: '中心平台地址应为 http:// 或 https:// 开头的网址' }).max(200, '中心平台地址过长'),
  enrolmentCode: z.string().trim().min(4, '请输入中心下发的注册码').max(64, '注册码格式不正确'),
});

const staff = ['clerk', 'agent', 'supervisor', 'admin'] as const;

export const syncEndpoints = {
  'sync.status': endpoint({ title: '查看同步状态', access: 'session', input: emptyInput, output: syncStatusSchema }),
  'sync.now': endpoint({ title: '立即同步', access: staff, input: emptyInput, output: syncStatusSchema }),
  'sync.enrol': endpoint({ title: '注册到中心平台', access: ['admin'], input: enrolInputSchema, output: syncStatusSchema }),
  'sync.errors': endpoint({ title: '查看同步错误', access: ['supervisor', 'admin'], input: emptyInput, output: z.array(syncErrorSchema) }),
};
