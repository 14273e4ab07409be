import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder, which reads this very file with it.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses that keep the packaged app from running as plain Node or loading other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app into an asar (what the integrity fuse checks)', () => {
    expect(config.asar).toBe(true);
  });

  it('takes the Electron version from the devDependency, not a pinned copy that can drift', () => {
    expect(config.electronVersion).toBeUndefined();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
    expect(pkg.optionalDependencies?.electron).toBeUndefined();
  });
});
