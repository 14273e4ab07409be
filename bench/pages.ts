/**
 * bench/pages: capture-to-stored time per page: what 拍摄 and 文件 cost the back end between the
 * bytes arriving and the page being safe on disk (sharp normalisation, sha256, the fsynced
 * content-addressed write), for an 8 MP document-camera still and a 300 dpi A4 scan, plus the
 * whole materials.addPages call (limits, rows, outbox and audit in one transaction).
 * BENCH_PAGES sets the pages per kind (default 40).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { normaliseFile } from '../src/main/services/materials/incoming-file';
import { PageStore } from '../src/main/services/materials/page-store';
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

async function captureToStored(label: string, width: number, height: number) {
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
  rmSync(folder, { recursive: true, force: true });
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

await captureToStored('document camera still, 8 MP', 3264, 2448);
await captureToStored('A4 scan at 300 dpi', 2480, 3508);
await throughTheContract();
