/**
 * bench/pages: capture-to-stored time per page: what 拍摄 and 文件 cost the back end between the
 * bytes arriving and the page being safe on disk (sharp normalisation, sha256, the fsynced
 * content-addressed write), for an 8 MP document-camera still and a 300 dpi A4 scan, plus the
 * whole materials.addPages call (limits, rows, outbox and audit in one transaction). Then upload
 * throughput: the same stored pages sent to an in-process centre (PGlite, loopback) as the desk's
 * uploader sends them (ask /v1/pages/missing, tus-js-client with 2 in flight, 256 KB chunks, no
 * bandwidth cap; the centre hashes each page before storing it), against a plain file copy of the
 * same bytes in the same run. BENCH_PAGES sets the pages per kind (default 40).
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { normaliseFile } from '../src/main/services/materials/incoming-file';
import { PageStore } from '../src/main/services/materials/page-store';
import { FsBlobStore } from '../src/central/pages-store/fs-blob-store';
import { ByteRateLimiter, chunkSizeFor } from '../src/main/sync/page-upload/byte-rate-limiter';
import { uploadOnePage } from '../src/main/sync/page-upload/upload-one-page';
import { CentralClient } from '../src/main/sync/central-client';
import { batchOf, caseDetail, caseEvent, createHall, enrolNewDesk, sendBatch } from '../test/unit/central/suite/desk-fixtures';
import { startTestCentre } from '../test/unit/central/suite/test-centre';
import { availableTestStores } from '../test/unit/central/suite/test-stores';
import { openBenchDesk } from './lib/bench-desk';
import { median, percentile, report } from './lib/stats';

const pages = Number(process.env.BENCH_PAGES ?? 40);

/** A page of text-like strokes on paper tone, different each time (so every write is a new file). */
async function pageImage(width: number, height: number, seed: number): Promise<Buffer> {
  const lines = Array.from({ length: 40 }, (_, i) => {
    const y = 120 + i * ((height - 240) / 40);
    return `<text x="${80 + ((seed * 37 + i * 11) % 60)}" y="${y}" font-size="${Math.round(height / 70)}" fill="#222">第${seed}页 第${i + 1}行 申请人身份证件复印件 11010519491231002X ${'■'.repeat(i % 9)}</text>`;
  }).join('');
  return sharp({ create: { width, height, channels: 3, background: { r: 236, g: 232, b: 222 } } })
    .composite([{ input: Buffer.from(`<svg width="${width}" height="${height}">${lines}</svg>`) }])
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function captureToStored(label: string, width: number, height: number): Promise<PageStore> {
  const folder = mkdtempSync(join(tmpdir(), 'halldesk-bench-pages-'));
  const store = new PageStore(folder);
  const inputs = await Promise.all(Array.from({ length: pages }, (_, i) => pageImage(width, height, i + 1)));
  const times: number[] = [];
  const sizes: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    const [page] = await normaliseFile('page.jpg', input);
    store.put(page!.bytes);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    sizes.push(page!.bytes.length);
  }
  report(
    `${label} (${width}×${height}, input median ${(median(inputs.map((b) => b.length)) / 1024).toFixed(0)} KB) capture-to-stored`,
    times,
  );
  console.log(`  stored page size: median ${(median(sizes) / 1024).toFixed(0)} KB, p95 ${(percentile(sizes, 95) / 1024).toFixed(0)} KB`);
  return store;
}

/** Every page file in a page store: `pages/ab/<sha256>`. */
function storedPages(store: PageStore): { sha256: string; bytes: Buffer }[] {
  return readdirSync(store.folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => ({ sha256: entry.name, bytes: store.read(entry.name) }));
}

const mbPerSecond = (bytes: number, ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);

async function uploadThroughput(store: PageStore) {
  const pages = storedPages(store);
  const total = pages.reduce((n, p) => n + p.bytes.length, 0);
  const copyTo = mkdtempSync(join(tmpdir(), 'halldesk-bench-copy-'));
  const copyStart = process.hrtime.bigint();
  for (const page of pages) {
    mkdirSync(join(copyTo, page.sha256.slice(0, 2)), { recursive: true });
    copyFileSync(store.pathOf(page.sha256), join(copyTo, page.sha256.slice(0, 2), page.sha256));
  }
  const copyMs = Number(process.hrtime.bigint() - copyStart) / 1e6;
  rmSync(copyTo, { recursive: true, force: true });

  const testStore = availableTestStores()[0]!;
  await testStore.warmUp();
  const root = mkdtempSync(join(tmpdir(), 'halldesk-bench-centre-pages-'));
  const centre = await startTestCentre(testStore, {
    pages: { blobs: new FsBlobStore(join(root, 'blobs')), uploadsDir: join(root, 'uploads') },
  });
  try {
    await createHall(centre, 'JC');
    const desk = await enrolNewDesk(centre, 'JC', '03');
    const refs = pages.map((p, order) => ({
      pageId: randomUUID(),
      order,
      mime: 'image/jpeg',
      size: p.bytes.length,
      sha256: p.sha256,
      sheets: 1,
      source: 'camera',
    }));
    const line = { key: 'bench', name: '材料', necessity: 'required', condition: null, originals: 0, copies: 0, media: ['electronic'] };
    const material = { ...line, formatNotes: '', issuer: null, forItems: [], applicable: true, receivedOriginals: 0, receivedCopies: 0 };
    const received = { ...material, receivedElectronic: true, status: 'received', supplyDeadline: null, pages: refs };
    await sendBatch(centre, desk, batchOf([caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03', { materials: [received] } as never))]));
    const credential = `${desk.deskId}.${desk.credential}`;
    const limiter = new ByteRateLimiter(() => 0);
    const start = process.hrtime.bigint();
    const { missing } = await new CentralClient(centre.url).missingPages(
      credential,
      pages.map((p) => p.sha256),
    );
    const queue = pages.filter((p) => missing.includes(p.sha256));
    const worker = async () => {
      for (let page = queue.shift(); page; page = queue.shift()) {
        const onePage = { sha256: page.sha256, mime: 'image/jpeg', caseNo: 'JC-03-2026-000001', bytes: page.bytes, uploadUrl: null };
        await uploadOnePage(centre.url, credential, onePage, limiter, chunkSizeFor(0), {
          onUrl: () => undefined,
          onChunk: () => undefined,
        });
      }
    };
    await Promise.all([worker(), worker()]);
    const uploadMs = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`upload ${pages.length} pages (${(total / 1024 / 1024).toFixed(1)} MB) to the centre over loopback, 2 in flight:`);
    console.log(
      `  tus upload (hash-verified at the centre): ${mbPerSecond(total, uploadMs)} MB/s, ${(pages.length / (uploadMs / 1000)).toFixed(1)} pages/s`,
    );
    console.log(
      `  plain file copy of the same bytes:        ${mbPerSecond(total, copyMs)} MB/s, ${(pages.length / (copyMs / 1000)).toFixed(1)} pages/s`,
    );
    console.log(`  upload / copy: ${(copyMs / uploadMs).toFixed(3)}`);
  } finally {
    await centre.close();
    await testStore.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

async function throughTheContract() {
  const desk = await openBenchDesk();
  try {
    const draftId = randomUUID();
    const times: number[] = [];
    for (let i = 0; i < Math.min(pages, 40); i++) {
      const base64 = (await pageImage(3264, 2448, 1000 + i)).toString('base64');
      const start = process.hrtime.bigint();
      await desk.call('materials.addPages', {
        target: { draftId },
        materialKey: `bench-${i % 20}`,
        source: 'camera',
        files: [{ name: 'p.jpg', base64 }],
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    report('materials.addPages, one 8 MP camera page per call (decode base64 + normalise + store + rows)', times);
  } finally {
    desk.backend.close();
  }
}

const camera = await captureToStored('document camera still, 8 MP', 3264, 2448);
const scans = await captureToStored('A4 scan at 300 dpi', 2480, 3508);
await throughTheContract();
await uploadThroughput(scans);
for (const store of [camera, scans]) rmSync(store.folder, { recursive: true, force: true });
