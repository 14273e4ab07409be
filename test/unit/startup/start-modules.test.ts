import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The back end's start is the clerk's wait (bench/startup): the modules only printing, the Excel
 * export or the pinyin index need are loaded by their first use, not when the desk opens. Checked
 * in a fresh Node process (the test runner's own has loaded them all); CommonJS modules, however
 * imported, are listed in require.cache.
 */
const printAndExportOnly = ['qrcode', 'bwip-js', 'exceljs', 'react-dom', 'pinyin-pro'];

const script = `
import { createRequire } from 'node:module';
import { openBackend } from './src/main/backend/backend.ts';
const desk = openBackend({ dataDir: process.env.DATA_DIR, startSync: false });
const status = await desk.dispatch({ channel: 'app.status', input: {}, sessionKey: 's' });
if (!status.ok) throw new Error(status.error.message);
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify(${JSON.stringify(printAndExportOnly)}.filter((name) => loaded.some((path) => path.includes('/node_modules/' + name + '/')))));
desk.close();
`;

describe('opening the back end', () => {
  it('loads no module that only printing, the Excel export or the pinyin index needs', () => {
    const env = { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'halldesk-start-')) };
    const open = () => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
    // The first start seeds the catalogue (its pinyin index included); every later one is the clerk's.
    expect(open().stderr).toBe('');
    const run = open();
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual([]);
  }, 60_000);
});
