import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { CentralEnv } from './central-env';
import { HttpError, tooLarge } from './http-error';
import { parseInput, queryObject } from './parse-input';

/** Refuses (413, Chinese message) a body over `maxBytes`: from Content-Length when declared, else while it streams in. */
export function limitBody(maxBytes: number, tooLargeMessage: string): MiddlewareHandler<CentralEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(tooLargeMessage);
    },
  });
}

export interface JsonInputOptions<Output> {
  /** Looks at the parsed body before the schema does (to answer something other than 400). */
  precheck?: (body: unknown) => void;
  /** The schema's output for a body that surely passes it, read by hand (a hot path); null sends the body to the schema. */
  plain?: (body: unknown) => Output | null;
}

/** The body as JSON, checked by `schema`; the handler reads it with `c.get('input')`. */
export function jsonInput<S extends z.ZodType>(schema: S, options: JsonInputOptions<z.output<S>> = {}) {
  return createMiddleware<CentralEnv & { Variables: { input: z.output<S> } }>(async (c, next) => {
    const body = await readJsonBody(c);
    options.precheck?.(body);
    c.set('input', options.plain?.(body) ?? parseInput(schema, body));
    await next();
  });
}

/** The request body parsed as JSON (400 with a Chinese message when it is not). */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    throw new HttpError(400, 'VALIDATION', '请求内容不是有效的 JSON');
  }
}

/** The query string, checked by `schema`; the handler reads it with `c.get('query')`. */
export function queryInput<S extends z.ZodType>(schema: S) {
  return createMiddleware<CentralEnv & { Variables: { query: z.output<S> } }>(async (c, next) => {
    c.set('query', parseInput(schema, queryObject(new URL(c.req.url))));
    await next();
  });
}
