import { z } from 'zod';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const pageUploadSettingsSchema = z.object({
  /** Page uploads on the way at once. */
  maxInFlight: z.int('应为整数').min(1, '至少 1 个').max(8, '最多 8 个'),
  /** Bandwidth cap for page uploads in KB/s; 0: no cap. */
  maxKibPerSecond: z.int('应为整数').min(0, '不能为负数').max(1_000_000, '最大 1000000 KB/s'),
});
export type PageUploadSettings = z.infer<typeof pageUploadSettingsSchema>;

export const defaultPageUploadSettings: PageUploadSettings = { maxInFlight: 2, maxKibPerSecond: 0 };

/** What the sync panel shows of the page queue. */
export const pageUploadFiguresSchema = z.object({
  pagesPending: z.number(),
  bytesPending: z.number(),
  bytesSent: z.number(),
  pagesFailed: z.number(),
});

export const pageUploadEndpoints = {
  'pageUpload.settings': endpoint({
    title: '查看电子材料上传设置',
    access: ['supervisor', 'admin'],
    input: emptyInput,
    output: pageUploadSettingsSchema,
  }),
  'pageUpload.updateSettings': endpoint({
    title: '修改电子材料上传设置',
    access: ['admin'],
    input: pageUploadSettingsSchema,
    output: pageUploadSettingsSchema,
  }),
};
