import type { KeySealer } from '../sync/credential-key';
import { keychainReplySchema, type FromBackend, type KeychainReply, type KeychainRequest } from './process-protocol';

/** The back end's side of Electron's parentPort, as far as the keychain needs it. */
export interface KeychainPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: FromBackend): void;
}

/**
 * A KeySealer for the back end in its utilityProcess: each operation is a request to the main
 * process, which holds Electron's safeStorage (src/main/electron/keychain-service.ts).
 */
export function parentPortSealer(port: KeychainPort): KeySealer {
  const waiting = new Map<number, (reply: KeychainReply) => void>();
  let nextId = 1;
  port.on('message', (event) => {
    const parsed = keychainReplySchema.safeParse(event.data);
    if (!parsed.success) return;
    waiting.get(parsed.data.id)?.(parsed.data);
    waiting.delete(parsed.data.id);
  });
  const ask = (op: KeychainRequest['op'], data: string) =>
    new Promise<KeychainReply>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      port.postMessage({ type: 'keychain-request', id, op, data });
    });
  const bytes = async (op: 'seal' | 'unseal', data: string) => {
    const reply = await ask(op, data);
    if (!reply.ok || reply.data === undefined) throw new Error(reply.message ?? '系统钥匙串操作失败');
    return reply.data;
  };
  return {
    isAvailable: async () => (await ask('available', '')).available === true,
    seal: async (plain) => Buffer.from(await bytes('seal', Buffer.from(plain).toString('base64')), 'base64'),
    unseal: async (sealed) => Buffer.from(await bytes('unseal', Buffer.from(sealed).toString('base64')), 'base64'),
  };
}
