import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentPortSealer, type KeychainPort } from '../../../src/main/backend/keychain-sealer';
import type { FromBackend } from '../../../src/main/backend/process-protocol';
import { serveKeychainRequests, type KeychainChannel, type SafeStorageLike } from '../../../src/main/electron/keychain-service';
import { keychainCredentialKey, type KeySealer } from '../../../src/main/sync/credential-key';
import { CredentialStore } from '../../../src/main/sync/credential-store';

/**
 * A fake safeStorage for one user on one PC: what it seals opens only with the same machine
 * secret, as DPAPI or the keychain do. `backend` chooses what Linux would report.
 */
function fakeSafeStorage(machine: string, backend = 'gnome_libsecret', available = true): SafeStorageLike {
  const tag = `sealed-on:${machine}:`;
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<SafeStorageLike['getSelectedStorageBackend']>,
    encryptString: (plain) => Buffer.from(tag + Buffer.from(plain).toString('hex')),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith(tag)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(tag.length), 'hex').toString();
    },
  };
}

/** The back end's sealer wired to main's keychain service over an in-memory parentPort. */
function sealerOn(safeStorage: SafeStorageLike, platform: NodeJS.Platform = 'linux'): KeySealer {
  const toBackend: ((event: { data: unknown }) => void)[] = [];
  const toMain: ((message: unknown) => void)[] = [];
  const port: KeychainPort = {
    on: (_event, listener) => void toBackend.push(listener),
    postMessage: (message: FromBackend) => queueMicrotask(() => toMain.forEach((listener) => listener(message))),
  };
  const child: KeychainChannel = {
    on: (_event, listener) => toMain.push(listener),
    postMessage: (reply) => queueMicrotask(() => toBackend.forEach((listener) => listener({ data: reply }))),
  };
  serveKeychainRequests(child, safeStorage, platform);
  return parentPortSealer(port);
}

const credential = { deskId: 'desk-JC-03', secret: 's3cret-of-the-desk' };
const freshDir = () => mkdtempSync(join(tmpdir(), 'halldesk-key-'));

async function storeOn(dataDir: string, safeStorage: SafeStorageLike) {
  const result = await keychainCredentialKey(dataDir, sealerOn(safeStorage));
  return { store: new CredentialStore(dataDir, result.key), source: result.source };
}

describe('the sync credential key in the Electron shell', () => {
  it('is kept only sealed by the OS keychain, and opens again on the same PC', async () => {
    const dataDir = freshDir();
    const first = await storeOn(dataDir, fakeSafeStorage('pc-1'));
    expect(first.source).toBe('new-in-keychain');
    first.store.save(credential);
    expect(existsSync(join(dataDir, 'sync-key'))).toBe(false);
    expect(statSync(join(dataDir, 'sync-key.sealed')).mode & 0o777).toBe(0o600);

    const again = await storeOn(dataDir, fakeSafeStorage('pc-1'));
    expect(again.source).toBe('keychain');
    expect(again.store.load()).toEqual(credential);
  });

  it('yields no credential from a data folder copied to another PC', async () => {
    const original = freshDir();
    (await storeOn(original, fakeSafeStorage('pc-1'))).store.save(credential);
    const copy = freshDir();
    cpSync(original, copy, { recursive: true });

    const elsewhere = await storeOn(copy, fakeSafeStorage('pc-2'));
    expect(elsewhere.source).toBe('unreadable-replaced');
    expect(elsewhere.store.load()).toBeNull();
    // Nothing in the copied folder holds the key in the clear.
    for (const file of readdirSync(copy)) expect(readFileSync(join(copy, file)).includes(Buffer.from(credential.secret))).toBe(false);
  });

  it("moves an upgraded desk's plain key file into the keychain, credential intact", async () => {
    const dataDir = freshDir();
    new CredentialStore(dataDir).save(credential);
    expect(existsSync(join(dataDir, 'sync-key'))).toBe(true);

    const upgraded = await storeOn(dataDir, fakeSafeStorage('pc-1'));
    expect(upgraded.source).toBe('migrated-to-keychain');
    expect(upgraded.store.load()).toEqual(credential);
    expect(existsSync(join(dataDir, 'sync-key'))).toBe(false);
  });

  it('keeps the key file where the OS has no real keychain (Linux basic_text, or none)', async () => {
    for (const safeStorage of [fakeSafeStorage('pc-1', 'basic_text'), fakeSafeStorage('pc-1', 'gnome_libsecret', false)]) {
      const dataDir = freshDir();
      const result = await storeOn(dataDir, safeStorage);
      expect(result.source).toBe('file-no-keychain');
      result.store.save(credential);
      expect(existsSync(join(dataDir, 'sync-key'))).toBe(true);
      expect(existsSync(join(dataDir, 'sync-key.sealed'))).toBe(false);
    }
  });

  it('trusts basic_text on Windows and macOS, where Chromium never selects it', async () => {
    const result = await keychainCredentialKey(freshDir(), sealerOn(fakeSafeStorage('pc-1', 'basic_text'), 'win32'));
    expect(result.source).toBe('new-in-keychain');
  });
});

describe('the sync credential key in the web host', () => {
  it('is an owner-only file beside the credential (no keychain reachable from a plain Node host)', () => {
    const dataDir = freshDir();
    new CredentialStore(dataDir).save(credential);
    expect(statSync(join(dataDir, 'sync-key')).mode & 0o777).toBe(0o600);
    expect(new CredentialStore(dataDir).load()).toEqual(credential);
  });
});
