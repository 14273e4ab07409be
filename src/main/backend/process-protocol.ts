import { z } from 'zod';
import type { PushEvent } from '../../shared/contract/push-events';

/**
 * Messages between the Electron main process and the back end running in a utilityProcess.
 * The main process only relays: it never interprets a call's input or output.
 */
export const toBackendSchema = z.object({
  type: z.literal('call'),
  id: z.number().int(),
  sessionKey: z.string().min(1),
  channel: z.string().min(1).max(100),
  input: z.unknown(),
});
export type ToBackend = z.infer<typeof toBackendSchema>;

export type FromBackend =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'fatal'; message: string }
  /** A push for the desk's window (push-events.ts); main forwards it over IPC. */
  | { type: 'push'; event: PushEvent }
  | PrintRequest
  | KeychainRequest;

/** What the renderer sends through the preload bridge; checked in main before relaying. */
export const invokeEnvelopeSchema = z.object({
  channel: z.string().min(1).max(100),
  input: z.unknown(),
});

/*
 * Printing in the desktop app. The back end (a utilityProcess) cannot open windows, so it asks
 * the main process to render a document's HTML to PDF, or to print it, in a warm hidden
 * sandboxed window (src/main/electron/print-windows.ts). The HTML travels in the message (no
 * file per document); main renders only what this schema accepts.
 */
export const printPaperSchema = z.enum(['A4', 'roll80']);

/** A document's HTML, fonts CSS included: a long 办事指南 is a few hundred KB, far below this. */
export const printHtmlMaxChars = 8_000_000;
const printHtmlSchema = z.string().min(1).max(printHtmlMaxChars);

export type PrintRequest =
  | { type: 'pdf-request'; id: number; html: string; paper: z.infer<typeof printPaperSchema> }
  | { type: 'print-request'; id: number; html: string; paper: z.infer<typeof printPaperSchema>; deviceName: string; copies: number };

export const printRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pdf-request'), id: z.number().int(), html: printHtmlSchema, paper: printPaperSchema }),
  z.object({
    type: z.literal('print-request'),
    id: z.number().int(),
    html: printHtmlSchema,
    paper: printPaperSchema,
    deviceName: z.string().max(200),
    copies: z.number().int().min(1).max(10),
  }),
]);

/** Enough of a refused request to answer it, so the back end is not left waiting. */
export const printRequestHeadSchema = z.object({ type: z.enum(['pdf-request', 'print-request']), id: z.number().int() });

/** Main's answer; a PDF crosses as a Uint8Array (structured clone). */
export const printReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('pdf-result'),
    id: z.number().int(),
    ok: z.boolean(),
    pdf: z.custom<Uint8Array>((v) => v instanceof Uint8Array).optional(),
    message: z.string().optional(),
  }),
  z.object({
    type: z.literal('print-result'),
    id: z.number().int(),
    ok: z.boolean(),
    mode: z.enum(['silent', 'dialog']).optional(),
    message: z.string().optional(),
  }),
]);
export type PrintReply = z.infer<typeof printReplySchema>;

/*
 * The sync credential's key in the desktop app (src/main/sync/credential-key.ts): the back end
 * asks main to seal or unseal it with Electron's safeStorage, which only main can use. Bytes
 * cross as base64; main answers availability too (Linux without a keyring has none).
 */
export const keychainRequestSchema = z.object({
  type: z.literal('keychain-request'),
  id: z.number().int(),
  op: z.enum(['available', 'seal', 'unseal']),
  data: z.string().max(4096),
});
export type KeychainRequest = z.infer<typeof keychainRequestSchema>;

export const keychainReplySchema = z.object({
  type: z.literal('keychain-result'),
  id: z.number().int(),
  ok: z.boolean(),
  data: z.string().optional(),
  available: z.boolean().optional(),
  message: z.string().optional(),
});
export type KeychainReply = z.infer<typeof keychainReplySchema>;
