import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/** An antd form rule from the same zod schema the back end applies, so both say the same. */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入有误');
    },
  };
}
