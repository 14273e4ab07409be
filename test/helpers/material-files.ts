import sharp from 'sharp';

/** A scanner-like JPEG of the given size (noise, so it compresses like a real page). */
export async function sampleJpeg(width = 2480, height = 3508, orientation?: number): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: '#f4f1e8' } }).composite([
    {
      input: Buffer.from(
        `<svg width="${width}" height="${height}"><text x="100" y="300" font-size="120">ID 11010519491231002X</text></svg>`,
      ),
    },
  ]);
  const jpeg = await image.jpeg({ quality: 92 }).toBuffer();
  return orientation ? sharp(jpeg).withMetadata({ orientation }).jpeg({ quality: 92 }).toBuffer() : jpeg;
}

export function samplePng(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 1 } } })
    .png()
    .toBuffer();
}

/** A two-page TIFF, as sheet scanners save multi-page scans. */
export async function sampleTiff(): Promise<Buffer> {
  const page = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
  return sharp([page, page], { join: { animated: true } })
    .tiff()
    .toBuffer();
}

/** The smallest well-formed PDF with `pages` blank pages, offsets computed. */
export function samplePdf(pages = 2): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const toBase64 = (bytes: Buffer) => bytes.toString('base64');
