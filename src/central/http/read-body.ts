import type { IncomingMessage } from 'node:http';
import { HttpError, tooLarge } from './http-error';

export const kib = 1024;
export const mib = 1024 * kib;

/** Reads the whole body as UTF-8 text, refusing (413) as soon as it passes `limit` bytes. */
export async function readBodyText(req: IncomingMessage, limit: number, tooLargeMessage: string): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(tooLargeMessage);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(tooLargeMessage);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody(req: IncomingMessage, limit: number, tooLargeMessage: string): Promise<unknown> {
  const text = await readBodyText(req, limit, tooLargeMessage);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'VALIDATION', '请求内容不是有效的 JSON');
  }
}
