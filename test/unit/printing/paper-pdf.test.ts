import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import {
  hasLatinFonts,
  issuePdf,
  latinOnlyRenderer,
  pdfFonts,
  pdfTestsRun,
  pdfText,
  readyDesk,
  sayWhyPdfTestsSkip,
  sharedRenderer,
  squash,
} from './print-fixtures';

/*
 * The paper itself, read back with pdftotext/pdffonts: rare characters in the bundled fonts
 * only, the preview copy's mark, emoji refused. Skipped, saying why, without Chromium or poppler.
 */
sayWhyPdfTestsSkip();

/** 生僻字 of GB 18030-2022: 𠮷 (Ext B) and 䶮 (Ext A) are outside the Noto Sans SC package. */
const rareName = '𠮷䶮堃喆赟玥珺昇';
const bundledFont = /NotoSansSC|HallDeskCJKExt/;
const out = mkdtempSync(join(tmpdir(), 'halldesk-paper-'));

async function registerRare(desk: TestDesk) {
  const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
  return (
    await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: { ...person, name: rareName }, materials, decision: { kind: 'accept' } }),
    )
  ).caseNo;
}

function expectRareNameInBundledFonts(path: string) {
  const fonts = pdfFonts(path);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.name, 'a font other than the bundled ones was embedded').toMatch(bundledFont);
  }
  expect(fonts.some((f) => /HallDeskCJKExt/.test(f.name))).toBe(true);
  expect(squash(pdfText(path))).toContain(rareName);
}

describe.runIf(pdfTestsRun)('paper read back from the PDF', () => {
  let renderer: ChromiumPdfRenderer;
  let desk: TestDesk;
  beforeAll(async () => {
    renderer = sharedRenderer();
    desk = await readyDesk(renderer);
  }, 60_000);
  afterAll(async () => {
    desk?.close();
    await renderer?.close();
  });

  // This machine has Noto Sans CJK installed, which has 𠮷: without the bundled extension
  // font Chromium would fall back to it, and pdffonts would show it.
  it('prints a name of rare characters in the bundled fonts only, and pdftotext reads it back', async () => {
    const caseNo = await registerRare(desk);
    for (const docType of ['acceptance-notice', 'acceptance-receipt'] as const)
      expectRareNameInBundledFonts((await issuePdf(desk, { caseNo, docType }, out)).path);
  });

  it('marks a PDF downloaded before printing as a preview copy, with no number', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], 'test');
    const { caseNo } = await desk.call(
      'cases.register',
      registration({ itemCodes: [socialCardItem], applicant: person, materials, decision: { kind: 'accept' } }),
    );
    const file = await desk.call('print.download', { caseNo, docType: 'material-receipt' });
    const path = join(out, 'preview-copy.pdf');
    writeFileSync(path, Buffer.from(file.pdfBase64, 'base64'));
    const text = squash(pdfText(path));
    expect(text).toContain('预览件（未正式打印）');
    expect(text).toContain('文号：正式打印时生成');
    expect(text).not.toMatch(/JC收字/);
    const printed = squash(pdfText((await issuePdf(desk, { caseNo, docType: 'material-receipt' }, out)).path));
    expect(printed).toMatch(/JC收字〔2026〕第03-\d{6}号/);
    expect(printed).not.toContain('补打');
    expect(printed).not.toContain('预览件');
  });

  it('refuses to print an emoji rather than leave a blank box', async () => {
    const { materials } = await receiptsFor(desk, [socialCardItem], 'test', { missing: ['photo'], applicable: ['photo'] });
    const { caseNo } = await desk.call(
      'cases.register',
      registration({
        itemCodes: [socialCardItem],
        applicant: person,
        materials,
        decision: { kind: 'correction-notice', note: '请带白底照片😀' },
      }),
    );
    const error = await desk.fail('print.issue', { caseNo, docType: 'correction-notice' });
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(error.message).toContain('表情符号');
  });

  it.runIf(hasLatinFonts)('prints rare characters on a machine with no Chinese fonts at all', async () => {
    const bare = latinOnlyRenderer(out);
    const bareDesk = await readyDesk(bare);
    try {
      const caseNo = await registerRare(bareDesk);
      expectRareNameInBundledFonts((await issuePdf(bareDesk, { caseNo, docType: 'acceptance-notice' }, out)).path);
    } finally {
      bareDesk.close();
      await bare.close();
    }
  });
});
