/**
 * bench/print: time from `print.issue` to a finished, stored PDF (the whole call: data, HTML,
 * Chromium's PDF, the storing transaction) for the 80 mm receipt and for the A4 受理通知书,
 * p50/p95 over 30 prints each, with the browser already warm (the first print of a session
 * also starts it: reported on its own line). Then the floor: the same stored HTML (fonts in)
 * turned into a PDF by `setContent` + `pdf` on a warm page of a browser of its own, and the
 * ratio of the two medians (target ≤ 1.3).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { findChromium } from '../src/main/services/printing/chromium-pdf-renderer';
import { printFontCss } from '../src/main/services/printing/font-css';
import { rollHeightMm } from '../src/main/services/printing/pdf-renderer';
import { withFonts } from '../src/main/services/printing/render-html';
import { openBenchDesk } from './lib/bench-desk';
import { percentile, report } from './lib/stats';

const socialCard = '32050000SB-GG-0001';
const rounds = Number(process.env.BENCH_PRINT_ROUNDS ?? 30);

const { backend, call, dataDir } = await openBenchDesk();
const plan = (await call('intake.plan', { itemCodes: [socialCard] })) as {
  materials: { key: string; necessity: string; originals: number; copies: number }[];
};
const kase = (await call('cases.register', {
  requestId: randomUUID(),
  itemCodes: [socialCard],
  applicant: { kind: 'person', idKind: 'resident', idNumber: '11010519491231002X', name: '张三', phone: '13812345678' },
  materials: plan.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
  })),
  decision: { kind: 'accept' },
})) as { caseNo: string };

async function timeIssue(docType: string): Promise<number> {
  const start = performance.now();
  await call('print.issue', { caseNo: kase.caseNo, docType });
  return performance.now() - start;
}

const kinds = [
  ['acceptance-receipt', '受理回执 80 mm'],
  ['acceptance-notice', '受理通知书 A4'],
] as const;
console.log(`print: first print (starts the browser): ${(await timeIssue('material-receipt')).toFixed(1)} ms`);
const issued = new Map<string, number>();
for (const [docType, label] of kinds) {
  const timings: number[] = [];
  for (let i = 0; i < rounds; i += 1) timings.push(await timeIssue(docType));
  report(`print: print.issue → stored PDF, ${label}`, timings);
  issued.set(docType, percentile(timings, 50));
}
await backend.closeAsync();

// The floor: Chromium alone, on a warm page, for the very HTML the desk stored.
const db = new Database(join(dataDir, 'halldesk.sqlite3'), { readonly: true });
const stored = (docType: string) =>
  db.prepare('SELECT html, paper FROM case_documents WHERE doc_type = ? ORDER BY id DESC LIMIT 1').get(docType) as {
    html: string;
    paper: string;
  };
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = join(mkdtempSync(join(tmpdir(), 'halldesk-floor-')), 'base.html');
writeFileSync(base, '<!doctype html><meta charset="utf-8">');
for (const [docType, label] of kinds) {
  const { html, paper } = stored(docType);
  const page = await browser.newPage({ viewport: { width: paper === 'roll80' ? 302 : 794, height: 1123 } });
  await page.goto(pathToFileURL(base).href);
  const full = withFonts(html, printFontCss());
  const floor: number[] = [];
  for (let i = 0; i < rounds + 3; i += 1) {
    const start = performance.now();
    await page.setContent(full, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    if (paper === 'roll80') {
      const height = Number(await page.evaluate('Math.ceil(document.body.getBoundingClientRect().height)'));
      await page.addStyleTag({ content: `@page { size: 80mm ${rollHeightMm(height)}mm; margin: 0; }` });
    }
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (i >= 3) floor.push(performance.now() - start); // the first few warm the page's fonts
  }
  await page.close();
  report(`print: floor (setContent + pdf on a warm page), ${label}`, floor);
  console.log(
    `print: ratio print.issue p50 / floor p50, ${label}: ${(issued.get(docType)! / percentile(floor, 50)).toFixed(2)} (target ≤ 1.3)`,
  );
}
db.close();
await browser.close();
