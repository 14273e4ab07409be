import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The layers are TypeScript projects (tsconfig.json references them): each fixture project in
 * test/layering-fixtures takes one layer's options and references and imports across a
 * boundary. A forbidden import must fail the compiler itself (TS6307), not only the linter.
 */
function build(fixture: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', `test/layering-fixtures/${fixture}/tsconfig.json`], {
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const references = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { references?: { path: string }[] }).references?.map((r) =>
    r.path.replace(/^(\.\.\/)+/, './'),
  ) ?? [];

describe('layer boundaries, enforced by the compiler', () => {
  it('the fixtures reference exactly what their layer does', () => {
    expect(references('test/layering-fixtures/central-imports-main/tsconfig.json')).toEqual(references('tsconfig.central.json'));
    expect(references('test/layering-fixtures/central-imports-shared/tsconfig.json')).toEqual(references('tsconfig.central.json'));
    expect(references('test/layering-fixtures/main-imports-central/tsconfig.json')).toEqual(references('tsconfig.node.json'));
  });

  it('src/central may use src/shared', { timeout: 180_000 }, () => {
    expect(build('central-imports-shared')).toMatchObject({ status: 0 });
  });

  it('src/central may not import src/main', { timeout: 180_000 }, () => {
    const result = build('central-imports-main');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /src\/main\/paths\.ts' is not listed within the file list of project .*TS6307|TS6307.*src\/main\/paths\.ts/s,
    );
  });

  it('src/main may not import src/central', { timeout: 180_000 }, () => {
    const result = build('main-imports-central');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('error TS6307');
    expect(result.output).toContain('src/central/version.ts');
  });
});
