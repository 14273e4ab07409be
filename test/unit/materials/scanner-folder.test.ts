import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../src/shared/contract/push-events';
import { scannerSubfolders } from '../../../src/shared/materials/scan-types';
import { samplePdf, samplePng } from '../../helpers/material-files';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

const w = 'window';
let desk: TestDesk;
let folder: string;
let pushes: PushEvent[];
beforeEach(async () => {
  // No timer: each test moves the watcher on itself, one look at the folder per tick.
  desk = openTestDesk({ scannerPollMs: null });
  await setUpDesk(desk, w);
  folder = mkdtempSync(join(tmpdir(), 'halldesk-scanner-'));
  const settings = await desk.call('materials.settings', {}, w);
  await desk.call('materials.updateSettings', { ...settings, scannerFolder: folder }, w);
  pushes = [];
  desk.backend.pushes.subscribe((event) => pushes.push(event));
});
afterEach(() => {
  desk.close();
  rmSync(folder, { recursive: true, force: true });
});

const tray = () => desk.call('materials.scans', {}, w);
const tick = () => desk.backend.scanner.tick();
const filesIn = (sub = '') => readdirSync(join(folder, sub)).filter((name) => !Object.values(scannerSubfolders).includes(name as never));

describe('the watched scanner folder', () => {
  it('takes a file only once its size has stopped changing, moves it to 已导入 and pushes the tray', async () => {
    const pdf = samplePdf(2);
    const half = Math.floor(pdf.length / 2);
    writeFileSync(join(folder, 'scan-001.pdf'), pdf.subarray(0, half));
    await tick(); // first seen
    appendFileSync(join(folder, 'scan-001.pdf'), pdf.subarray(half));
    await tick(); // grew since: still being written
    expect((await tray()).files).toEqual([]);
    expect(pushes.filter((p) => p.event === 'materials.scans')).toEqual([]);
    await tick(); // the same size as a tick ago: finished

    const { files, folderProblem } = await tray();
    expect(folderProblem).toBeNull();
    expect(files).toMatchObject([{ fileName: 'scan-001.pdf', size: pdf.length, state: 'waiting', reason: null }]);
    expect(filesIn()).toEqual([]);
    expect(readdirSync(join(folder, scannerSubfolders.taken))).toEqual(['scan-001.pdf']);
    expect(pushes).toContainEqual({ event: 'materials.scans', data: { files, folderProblem: null } });
  });

  it('takes a file once: the same bytes saved again are moved aside, not offered twice', async () => {
    const png = await samplePng(400, 300);
    writeFileSync(join(folder, 'a.png'), png);
    await tick();
    await tick();
    writeFileSync(join(folder, 'a-again.png'), png);
    await tick();
    await tick();
    expect((await tray()).files.map((f) => f.fileName)).toEqual(['a.png']);
    expect(readdirSync(join(folder, scannerSubfolders.taken)).sort()).toEqual(['a-again.png', 'a.png']);
  });

  it('refuses another kind with the reason, moved to 未导入; ignores empty, hidden and temporary files', async () => {
    writeFileSync(join(folder, '照片.gif'), Buffer.from('GIF89a-not-a-material'));
    writeFileSync(join(folder, 'empty.pdf'), Buffer.alloc(0));
    writeFileSync(join(folder, '.hidden.pdf'), samplePdf(1));
    writeFileSync(join(folder, 'scan.pdf.part'), samplePdf(1));
    await tick();
    await tick();
    expect((await tray()).files).toMatchObject([
      { fileName: '照片.gif', state: 'refused', reason: '文件“照片.gif”不是 PDF、JPEG、PNG 或 TIFF 格式，不能作为材料' },
    ]);
    expect(readdirSync(join(folder, scannerSubfolders.refused))).toEqual(['照片.gif']);
    expect(filesIn().sort()).toEqual(['.hidden.pdf', 'empty.pdf', 'scan.pdf.part']);
  });

  it('puts a waiting scan on a material line once, and removes a refused one from the tray', async () => {
    writeFileSync(join(folder, 'id.pdf'), samplePdf(2));
    writeFileSync(join(folder, 'x.doc'), Buffer.from('not a scan'));
    await tick();
    await tick();
    const [waiting, refused] = (await tray()).files;
    const target = { draftId: randomUUID() };
    const line = await desk.call('materials.assignScan', { scanId: waiting!.scanId, target, materialKey: 'applicant-id' }, w);
    expect(line).toMatchObject([{ materialKey: 'applicant-id', mime: 'application/pdf', sheets: 2, source: 'file' }]);
    expect((await tray()).files.map((f) => f.fileName)).toEqual(['x.doc']);
    const again = await desk.fail('materials.assignScan', { scanId: waiting!.scanId, target, materialKey: 'photo' }, w);
    expect(again).toMatchObject({ code: 'CONFLICT', message: '该扫描件已归入其他材料或已移除' });
    expect(await desk.call('materials.list', { target }, w)).toHaveLength(1);

    expect(await desk.call('materials.removeScan', { scanId: refused!.scanId }, w)).toEqual({ files: [], folderProblem: null });
    expect(pushes.filter((p) => p.event === 'materials.scans').at(-1)).toEqual({
      event: 'materials.scans',
      data: { files: [], folderProblem: null },
    });
  });

  it('says when the folder cannot be read, and is off when the setting is empty', async () => {
    rmSync(folder, { recursive: true, force: true });
    await tick();
    expect((await tray()).folderProblem).toContain('无法读取');
    const settings = await desk.call('materials.settings', {}, w);
    await desk.call('materials.updateSettings', { ...settings, scannerFolder: '' }, w);
    expect((await desk.call('materials.settings', {}, w)).scannerFolder).toBeNull();
    await tick();
    expect((await tray()).folderProblem).toBeNull();
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a folder setting that is relative or does not exist', async () => {
    const settings = await desk.call('materials.settings', {}, w);
    const relative = await desk.fail('materials.updateSettings', { ...settings, scannerFolder: 'scans' }, w);
    expect(relative).toMatchObject({ code: 'VALIDATION', field: 'scannerFolder' });
    const missing = await desk.fail('materials.updateSettings', { ...settings, scannerFolder: join(folder, 'nope') }, w);
    expect(missing.message).toBe(`扫描文件夹“${join(folder, 'nope')}”不存在或不是文件夹`);
  });
});
