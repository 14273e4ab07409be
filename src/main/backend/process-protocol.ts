import { z } from 'zod';

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
  | { type: 'fatal'; message: string };

/** What the renderer sends through the preload bridge; checked in main before relaying. */
export const invokeEnvelopeSchema = z.object({
  channel: z.string().min(1).max(100),
  input: z.unknown(),
});
