import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollPageScript, setDocumentScript, warmFontsScript } from '../../../src/main/electron/print-page-scripts';
import { printFontCss } from '../../../src/main/services/printing/font-css';
import { warmPageUrl } from '../../../src/main/services/printing/warm-page';
import { pdfPageCount } from '../../../src/main/services/printing/pdf-renderer';
import { skipOrFail } from '../../helpers/full-suite';
import { chromiumPath, hasChromium } from '../printing/print-fixtures';

/**
 * The scripts the desktop app's print windows run, tried in a real Chromium (Electron's is the
 * same engine; no Electron binary here): the page stays, the fonts' style survives each document.
 */
const documentOf = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src file: data:"><title>${title}</title><style>body { font-family: 'Noto Sans SC'; margin: 0; }</style></head><body>${body}</body></html>`;

if (!hasChromium) skipOrFail('printing: the print-window script test is skipped: no Chromium (set HALLDESK_CHROMIUM or install chromium)');

describe.runIf(hasChromium)('scripts of the warm print windows', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.goto(warmPageUrl(mkdtempSync(join(tmpdir(), 'halldesk-window-'))));
  });
  afterAll(() => browser?.close());

  it('warms the fonts once, then sets each document into the same page, measured after its fonts', async () => {
    expect(await page.evaluate(warmFontsScript(printFontCss()))).toBeGreaterThan(0);
    const loadedAfterWarm = await page.evaluate('Array.from(document.fonts).filter((f) => f.status === "loaded").length');
    expect(loadedAfterWarm).toBeGreaterThan(0);

    const first = Number(
      await page.evaluate(
        setDocumentScript(documentOf('通知书', '<p style="height: 300px">受理通知书</p><script>window.ran = 1</script>')),
      ),
    );
    expect(first).toBe(300);
    const second = Number(await page.evaluate(setDocumentScript(documentOf('回执', '<div style="height: 378px">受理回执</div>'))));
    expect(second).toBe(378);
    expect(await page.evaluate('[document.title, document.documentElement.lang, document.body.textContent, window.ran ?? null]')).toEqual([
      '回执',
      'zh-CN',
      '受理回执',
      null,
    ]);
    expect(await page.evaluate('document.querySelectorAll("#halldesk-warm-fonts").length')).toBe(1);
    expect(await page.evaluate('document.querySelectorAll("style").length')).toBe(2); // warm fonts + this document's only
  });

  it('fits the 80 mm roll on one page of the measured height', async () => {
    const height = Number(
      await page.evaluate(setDocumentScript(documentOf('回执', '<div style="width: 80mm; height: 1500px">长回执</div>'))),
    );
    await page.evaluate(rollPageScript(Math.ceil((height * 25.4) / 96) + 4));
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
  });
});
