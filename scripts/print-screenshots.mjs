// `node scripts/print-screenshots.mjs`: prints every document type for a demo desk (real
// Chromium renderer, the bundled font) and turns each PDF page into a PNG with pdftoppm, in
// out/print-screenshots/, so a person can look at them. Needs Chromium (or HALLDESK_CHROMIUM)
// and poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const fixtures = await import('../test/unit/printing/print-fixtures.ts');
const outDir = join(process.cwd(), 'out', 'print-screenshots');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

if (!fixtures.hasChromium) {
  console.log(`print-screenshots: no Chromium at ${fixtures.chromiumPath} (set HALLDESK_CHROMIUM)`);
  process.exit(1);
}

const renderer = fixtures.sharedRenderer();
const desk = await fixtures.readyDesk(renderer);
try {
  const cases = await fixtures.registerDemoCases(desk);
  const documents = [
    ['01-acceptance-notice', cases.accepted, 'acceptance-notice'],
    ['02-acceptance-receipt', cases.accepted, 'acceptance-receipt'],
    ['03-material-receipt', cases.deferred, 'material-receipt'],
    ['04-deferred-notice', cases.deferred, 'deferred-notice'],
    ['05-correction-notice', cases.correction, 'correction-notice'],
    ['06-refusal-notice', cases.refused, 'refusal-notice'],
    ['07-correction-notice-60-materials', cases.big, 'correction-notice'],
    ['08-acceptance-notice-reprint', cases.accepted, 'acceptance-notice'],
    ['09-acceptance-notice-hostile-name', cases.hostile, 'acceptance-notice'],
  ];
  for (const [name, caseNo, docType] of documents) {
    const issued = await desk.call('print.issue', { caseNo, docType });
    const file = await desk.call('print.pdf', { documentId: issued.documentId });
    writeFileSync(join(outDir, `${name}.pdf`), Buffer.from(file.pdfBase64, 'base64'));
  }
  const guide = await desk.call('print.guidePdf', { code: '32050000SJ-XK-0001' });
  writeFileSync(join(outDir, '10-guide.pdf'), Buffer.from(guide.pdfBase64, 'base64'));
  for (const pdf of readdirSync(outDir).filter((f) => f.endsWith('.pdf'))) {
    execFileSync('pdftoppm', ['-r', '100', '-png', join(outDir, pdf), join(outDir, pdf.replace(/\.pdf$/, ''))]);
  }
  const pngs = readdirSync(outDir).filter((f) => f.endsWith('.png'));
  console.log(`print-screenshots: ${pngs.length} pages in ${outDir}`);
  for (const png of pngs) console.log(`  ${png}`);
} finally {
  desk.close();
  await renderer.close();
}
