import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/** Validates a request at the boundary; the first problem, in Chinese, names its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue?.message ?? '请求内容有误';
  const named = field === undefined || message.includes(field) ? message : `${field}：${message}`;
  throw new AppError('VALIDATION', named, field);
}

/** The query string as a plain object, for the same schemas. */
export function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}
