import type { IpcMain } from 'electron';
import type { Result } from '../../shared/errors';
import { invokeEnvelopeSchema } from '../backend/process-protocol';
import type { BackendHost } from './backend-host';
import { isTrustedSender } from './navigation-guard';

/** The one IPC channel for calls; preload.ts spells it out too (it must stay free of imports). */
export const invokeChannel = 'halldesk:invoke';
/** Main → the desk's window: the back end's pushes (push-events.ts); preload.ts spells it out too. */
export const pushChannel = 'halldesk:push';

/** The parts of an IpcMainInvokeEvent the relay reads. */
export interface InvokeSource {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

const forbidden: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: '非法的调用来源' } };
const malformed: Result<never> = { ok: false, error: { code: 'VALIDATION', message: '调用格式错误' } };
const unavailable: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '后台服务不可用，请重新启动受理台' },
};

/**
 * Checks who is calling and the envelope's shape, then passes the call on unread: the back end
 * validates the input against the contract. Each window is its own login session.
 */
export async function relayInvoke(
  event: InvokeSource,
  envelope: unknown,
  backend: Pick<BackendHost, 'call'>,
  appEntryUrl: string | readonly string[],
): Promise<Result<unknown>> {
  const frame = event.senderFrame;
  // The app's pages (the desk, and the applicant's rating screen) are each an entry.
  const entries = typeof appEntryUrl === 'string' ? [appEntryUrl] : appEntryUrl;
  // Only the app's top frame: a sub-frame, even one of ours, has no reason to call.
  if (!frame || frame.parent !== null || !entries.some((entry) => isTrustedSender(frame.url, entry))) return forbidden;
  const parsed = invokeEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return malformed;
  try {
    return (await backend.call(`window-${event.sender.id}`, parsed.data.channel, parsed.data.input)) as Result<unknown>;
  } catch {
    return unavailable;
  }
}

export function installIpcBridge(ipcMain: IpcMain, backend: Pick<BackendHost, 'call'>, appEntryUrl: string | readonly string[]): void {
  ipcMain.handle(invokeChannel, (event, envelope) => relayInvoke(event, envelope, backend, appEntryUrl));
}
