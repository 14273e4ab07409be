import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarcodeFormat, BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, RGBLuminanceSource } from '@zxing/library';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ChromiumPdfRenderer } from '../../../src/main/services/printing/chromium-pdf-renderer';
import type { PdfRenderer } from '../../../src/main/services/printing/pdf-renderer';
import type { InputOf, OutputOf } from '../../../src/shared/contract/api';
import type { ServiceItem } from '../../../src/shared/catalogue/item-schema';
import { enterprise, foodItem, foundingItem, person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { skipOrFail } from '../../helpers/full-suite';
import { openTestDesk, setUpDesk, type TestDesk } from '../../helpers/test-backend';

/** The browser the PDF tests render with; they are skipped (with one line saying why) without it. */
export const chromiumPath = process.env.HALLDESK_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
export const pdfTestsRun = hasChromium && hasPoppler;
export function sayWhyPdfTestsSkip(): void {
  if (!hasChromium) skipOrFail(`printing: PDF tests skipped: no Chromium at ${chromiumPath} (set HALLDESK_CHROMIUM or install chromium)`);
  else if (!hasPoppler) skipOrFail('printing: PDF tests skipped: pdftotext/pdffonts/pdftoppm not found (install poppler-utils)');
}

export function sharedRenderer(env?: NodeJS.ProcessEnv): ChromiumPdfRenderer {
  return new ChromiumPdfRenderer({
    workDir: mkdtempSync(join(tmpdir(), 'halldesk-print-')),
    executablePath: chromiumPath,
    ...(env ? { env } : {}),
  });
}

/** Latin fonts only: Chromium cannot run with no font at all, and such a PC is the real case. */
export const latinFontDir = '/usr/share/fonts/truetype';
export const hasLatinFonts = existsSync(latinFontDir);

/** A renderer that sees only the Latin fonts, as on a PC with no Chinese fonts installed. */
export function latinOnlyRenderer(workDir: string): ChromiumPdfRenderer {
  const fontsConf = join(workDir, 'latin-only-fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${latinFontDir}</dir><cachedir>${join(workDir, 'fc-cache')}</cachedir></fontconfig>`,
  );
  return sharedRenderer({ ...process.env, FONTCONFIG_FILE: fontsConf });
}

/** A test desk (see test/helpers/test-backend) whose PDFs come from the given renderer. */
export function openPrintDesk(renderer?: PdfRenderer): TestDesk {
  return openTestDesk({
    ...(process.env.PRINT_DEBUG ? { logger: { error: (o: unknown) => console.error(o) } } : {}),
    ...(renderer ? { pdfRenderer: renderer } : {}),
  });
}

export const hostileName = '<img src=x onerror=alert(1)>';
export const bigItemCode = '32050000ZZ-XK-0060';
export const bigItemName = '多材料测试事项（六十项材料）';

export function bigMaterialName(i: number): string {
  return `第${i}号补正材料（规划图）`;
}

/** An item with 60 materials, to see a long list flow onto more pages. */
export async function importBigItem(desk: TestDesk, sessionKey = 'test'): Promise<void> {
  const seed = JSON.parse(readFileSync('resources/catalogue/seed-catalogue.json', 'utf8')) as { items: ServiceItem[] };
  const base = seed.items.find((i) => i.code === socialCardItem)!;
  const item: ServiceItem = {
    ...base,
    code: bigItemCode,
    name: bigItemName,
    keywords: ['多材料'],
    materials: Array.from({ length: 60 }, (_, index) => ({
      key: `big-material-${index + 1}`,
      name: bigMaterialName(index + 1),
      source: index % 3 === 0 ? 'issuing-agency' : 'applicant',
      ...(index % 3 === 0 ? { issuer: '江川市自然资源和规划局' } : {}),
      originals: 1,
      copies: index % 2,
      media: index % 4 === 0 ? ['paper', 'electronic'] : ['paper'],
      necessity: 'required',
      formatNotes: index % 5 === 0 ? 'A4纸张，加盖单位公章，法定代表人签字；复印件注明“与原件一致”' : '验原件，收复印件',
    })),
  };
  await desk.call(
    'catalogue.import',
    { text: JSON.stringify({ format: 'halldesk-catalogue', formatVersion: 1, items: [item] }) },
    sessionKey,
  );
}

export interface DemoCases {
  accepted: string;
  deferred: string;
  correction: string;
  refused: string;
  hostile: string;
  big: string;
}

/** One case of each decision (and a hostile name, and a 60-material one), registered as admin. */
export async function registerDemoCases(desk: TestDesk, sessionKey = 'test'): Promise<DemoCases> {
  const register = async (input: Parameters<typeof registration>[0]) =>
    (await desk.call('cases.register', registration(input), sessionKey)).caseNo;
  const card = await receiptsFor(desk, [socialCardItem], sessionKey);
  const accepted = await register({
    itemCodes: [socialCardItem],
    applicant: person,
    materials: card.materials,
    decision: { kind: 'accept' },
  });
  const founding = await receiptsFor(desk, [foundingItem, foodItem], sessionKey, { missing: ['premises-proof'] });
  const deferred = await register({
    itemCodes: [foundingItem, foodItem],
    applicant: enterprise,
    materials: founding.materials,
    decision: { kind: 'accept-deferred', commitmentSigned: true, deadlines: [{ key: 'premises-proof', date: '2026-03-03' }] },
  });
  const missing = await receiptsFor(desk, [socialCardItem], sessionKey, { missing: ['applicant-id', 'photo'], applicable: ['photo'] });
  const correction = await register({
    itemCodes: [socialCardItem],
    applicant: { ...person, name: '李四' },
    materials: missing.materials,
    decision: { kind: 'correction-notice', note: '照片须为近6个月内白底免冠照' },
  });
  const refused = await register({
    itemCodes: [socialCardItem],
    applicant: { ...person, name: '王五' },
    materials: card.materials,
    decision: {
      kind: 'refuse',
      reasonKind: 'outside-powers',
      reasonText: '申请人户籍不在本市，应向户籍地社保经办机构申请',
      referTo: '户籍地社会保险经办机构',
    },
  });
  const hostile = await register({
    itemCodes: [socialCardItem],
    applicant: { ...person, name: hostileName },
    materials: card.materials,
    decision: { kind: 'accept' },
  });
  await importBigItem(desk, sessionKey);
  const big = await receiptsFor(desk, [bigItemCode], sessionKey, {
    missing: Array.from({ length: 60 }, (_, i) => `big-material-${i + 1}`),
  });
  const bigCase = await register({
    itemCodes: [bigItemCode],
    applicant: { ...person, name: '赵六' },
    materials: big.materials,
    decision: { kind: 'correction-notice' },
  });
  return { accepted, deferred, correction, refused, hostile, big: bigCase };
}

export async function readyDesk(renderer?: PdfRenderer, sessionKey = 'test'): Promise<TestDesk> {
  const desk = openPrintDesk(renderer);
  await setUpDesk(desk, sessionKey);
  return desk;
}

/** Issues a document and writes its PDF to a temp file; returns the path and what issue said. */
export async function issuePdf<C extends 'print.issue'>(desk: TestDesk, input: InputOf<C>, dir: string, sessionKey = 'test') {
  const issued: OutputOf<'print.issue'> = await desk.call('print.issue', input, sessionKey);
  const file = await desk.call('print.pdf', { documentId: issued.documentId }, sessionKey);
  const path = join(dir, `${issued.documentId}-${input.docType}.pdf`);
  writeFileSync(path, Buffer.from(file.pdfBase64, 'base64'));
  return { issued, path };
}

export function pdfText(path: string, options: { first?: number; last?: number } = {}): string {
  const args = [...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : []), path, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** pdftotext drops the spaces between CJK characters unevenly; compare without whitespace. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table: name, type, encoding, then emb sub uni (yes/no) and the object id. */
export function pdfFonts(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const match =
      /^(.*?)\s+(CID TrueType|TrueType|Type 1C|Type 1|Type 3|CID Type 0C|CID Type 0|Type 0)\s+(.*?)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(
        line,
      );
    return { name: match?.[1] ?? line, type: match?.[2] ?? '', embedded: match?.[4] === 'yes' };
  });
}

export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** One page of a PDF as RGBA pixels (pdftoppm at 200 dpi, as a scanner would see it). */
export function rasterize(pdfPath: string, page = 1, dpi = 200): Raster {
  const prefix = join(mkdtempSync(join(tmpdir(), 'halldesk-png-')), 'page');
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), width: png.width, height: png.height };
}

export function decodeQr(image: Raster): string | null {
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

export function decodeCode128(image: Raster): string | null {
  const luminance = new Uint8ClampedArray(image.width * image.height);
  for (let i = 0; i < luminance.length; i += 1) {
    luminance[i] = (image.data[i * 4]! * 299 + image.data[i * 4 + 1]! * 587 + image.data[i * 4 + 2]! * 114) / 1000;
  }
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, image.width, image.height)));
    return new Code128Reader().decode(bitmap, hints).getText();
  } catch {
    return null;
  }
}
