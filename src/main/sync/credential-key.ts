import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The AES-256 key that encrypts the desk's centre credential (credential-store.ts). */
export type CredentialKey = () => Buffer;

/**
 * Seals small secrets with a key the OS keeps for this user on this machine (Electron's
 * safeStorage: DPAPI on Windows, the keychain on macOS, libsecret/kwallet on Linux). Injected
 * by the Electron entry point; the back end itself never sees the OS key.
 */
export interface KeySealer {
  isAvailable(): Promise<boolean>;
  seal(plain: Uint8Array): Promise<Uint8Array>;
  unseal(sealed: Uint8Array): Promise<Uint8Array>;
}

export const credentialFileName = 'sync-credential.enc';
const keyFileName = 'sync-key';
const sealedKeyFileName = 'sync-key.sealed';

/**
 * The web host's key: a 0600 file beside the credential, created on first use. A browser shell
 * has no OS keychain to reach (the back end is a plain Node process, possibly headless), so the
 * folder's permissions protect it: a copied folder carries a working credential here.
 */
export function fileCredentialKey(dataDir: string): CredentialKey {
  const keyFile = join(dataDir, keyFileName);
  return () => {
    if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
    return readFileSync(keyFile);
  };
}

export interface KeychainKeyResult {
  key: CredentialKey;
  /** What happened, for the log: the key came from the keychain, was new, or could not be. */
  source: 'keychain' | 'new-in-keychain' | 'migrated-to-keychain' | 'unreadable-replaced' | 'file-no-keychain';
}

/**
 * The Electron shell's key: kept in the data folder only sealed by the OS keychain, so the folder
 * copied to another PC or user yields nothing. A sealed key that cannot be opened here (a copied
 * folder) is replaced and the credential it protected removed: the desk shows 未接入中心 and its
 * administrator enrols it again. A desk upgraded from the key file has it sealed and the plain
 * file deleted. Where the OS offers no keychain, the key file stays (logged by the caller).
 */
export async function keychainCredentialKey(dataDir: string, sealer: KeySealer): Promise<KeychainKeyResult> {
  if (!(await sealer.isAvailable())) return { key: fileCredentialKey(dataDir), source: 'file-no-keychain' };
  const sealedFile = join(dataDir, sealedKeyFileName);
  const plainFile = join(dataDir, keyFileName);
  let source: KeychainKeyResult['source'] = 'new-in-keychain';
  if (existsSync(sealedFile)) {
    const key = await sealer.unseal(readFileSync(sealedFile)).catch(() => null);
    if (key?.length === 32) {
      const buffer = Buffer.from(key);
      return { key: () => buffer, source: 'keychain' };
    }
    rmSync(join(dataDir, credentialFileName), { force: true });
    source = 'unreadable-replaced';
  } else if (existsSync(plainFile)) {
    source = 'migrated-to-keychain';
  }
  const key = source === 'migrated-to-keychain' ? readFileSync(plainFile) : randomBytes(32);
  writeFileSync(sealedFile, await sealer.seal(key), { mode: 0o600 });
  rmSync(plainFile, { force: true });
  return { key: () => key, source };
}
