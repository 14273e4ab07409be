import { z } from 'zod';
import { caseNoSchema } from '../lifecycle/lifecycle-inputs';
import { endpoint } from './endpoint';

/** Who may read a case may open its departments' result files (出件 / 送达 at the window). */
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;

export const resultFileMimes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const resultFileSchema = z.object({
  mime: z.enum(resultFileMimes),
  sha256: z.string(),
  size: z.number(),
  base64: z.string(),
});
export type ResultFile = z.infer<typeof resultFileSchema>;

export const resultFileEndpoints = {
  /** A sub-task's result file: from this desk's store, or fetched from the centre once, checked against its hash and kept. */
  'cases.resultFile': endpoint({
    title: '查看结果文件',
    access: readers,
    input: z.object({ caseNo: caseNoSchema, position: z.int('事项序号应为整数').min(0, '事项序号不能为负').max(99, '事项序号过大') }),
    output: resultFileSchema,
  }),
};
