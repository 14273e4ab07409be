import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentialFileName, fileCredentialKey, type CredentialKey } from './credential-key';

export interface DeskCredential {
  deskId: string;
  secret: string;
}

/**
 * The desk's centre credential, kept out of the SQLite store (a copied backup must not carry
 * it) in an AES-256-GCM file. Its key comes from the entry point: sealed by the OS keychain in
 * the Electron shell, an owner-only file in the web host (credential-key.ts).
 */
export class CredentialStore {
  private readonly credentialFile: string;

  constructor(
    dataDir: string,
    private readonly key: CredentialKey = fileCredentialKey(dataDir),
  ) {
    this.credentialFile = join(dataDir, credentialFileName);
  }

  save(credential: DeskCredential): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(credential), 'utf8'), cipher.final()]);
    writeFileSync(this.credentialFile, Buffer.concat([iv, cipher.getAuthTag(), body]), { mode: 0o600 });
  }

  load(): DeskCredential | null {
    if (!existsSync(this.credentialFile)) return null;
    const data = readFileSync(this.credentialFile);
    const decipher = createDecipheriv('aes-256-gcm', this.key(), data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    const text = Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text) as DeskCredential;
  }

  clear(): void {
    rmSync(this.credentialFile, { force: true });
  }
}

export function bearer(credential: DeskCredential): string {
  return `${credential.deskId}.${credential.secret}`;
}
