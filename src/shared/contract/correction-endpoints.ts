import { endpoint } from './endpoint';
import { lifecycleResultSchema } from './lifecycle-endpoints';
import { correctContactInputSchema, correctMaterialInputSchema, voidCaseInputSchema } from '../lifecycle/correction-inputs';

/** Mistakes at the window: 更正 by the window's clerks, 作废 with a supervisor's approval. */
const windowStaff = ['clerk', 'supervisor', 'admin'] as const;

export const correctionEndpoints = {
  'cases.correctContact': endpoint({
    title: '更正申请人联系信息',
    access: windowStaff,
    input: correctContactInputSchema,
    output: lifecycleResultSchema,
  }),
  'cases.correctMaterial': endpoint({
    title: '更正材料份数',
    access: windowStaff,
    input: correctMaterialInputSchema,
    output: lifecycleResultSchema,
  }),
  'cases.void': endpoint({ title: '作废案件', access: windowStaff, input: voidCaseInputSchema, output: lifecycleResultSchema }),
};
