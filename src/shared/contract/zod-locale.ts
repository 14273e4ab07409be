import { z } from 'zod';

/** zod's own messages (wrong type, missing field) in Chinese; our schemas set their own. */
export function useChineseValidationMessages(): void {
  z.config(z.locales.zhCN());
}
