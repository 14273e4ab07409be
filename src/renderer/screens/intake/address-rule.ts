import type { Rule } from 'antd/es/form';

/** Same limit and words as the contract's optional address. */
export const addressRule: Rule = {
  validator: async (_rule, value: string | undefined) => {
    if ((value ?? '').trim().length > 200) throw new Error('地址不能超过200个字');
  },
};
