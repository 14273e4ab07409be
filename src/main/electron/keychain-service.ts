import type { SafeStorage } from 'electron';
import { keychainRequestSchema, type KeychainReply, type KeychainRequest } from '../backend/process-protocol';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

export interface KeychainChannel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: KeychainReply): void;
}

/**
 * Whether safeStorage really protects with the OS: on Linux without a keyring Chromium falls
 * back to 'basic_text', a password built into every copy of Chromium, which protects nothing.
 */
export function keychainAvailable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/** One request of the back end answered with safeStorage (the key crosses as base64). */
export function answerKeychainRequest(request: KeychainRequest, safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeychainReply {
  const { id } = request;
  try {
    if (request.op === 'available') return { type: 'keychain-result', id, ok: true, available: keychainAvailable(safeStorage, platform) };
    if (!keychainAvailable(safeStorage, platform)) return { type: 'keychain-result', id, ok: false, message: '系统钥匙串不可用' };
    if (request.op === 'seal')
      return { type: 'keychain-result', id, ok: true, data: safeStorage.encryptString(request.data).toString('base64') };
    return { type: 'keychain-result', id, ok: true, data: safeStorage.decryptString(Buffer.from(request.data, 'base64')) };
  } catch (error) {
    return { type: 'keychain-result', id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Serves the back end's keychain requests from the main process. */
export function serveKeychainRequests(
  child: KeychainChannel,
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): void {
  child.on('message', (raw) => {
    const parsed = keychainRequestSchema.safeParse(raw);
    if (parsed.success) child.postMessage(answerKeychainRequest(parsed.data, safeStorage, platform));
  });
}
