import sharp from 'sharp';
import { AppError } from '../../../shared/errors';
import { checkPdf } from './pdf-check';

/** A page ready to store: JPEG for anything that came as an image, PDF as it came. */
export interface NormalisedPage {
  mime: 'image/jpeg' | 'application/pdf';
  bytes: Buffer;
  /** Sheets inside: a PDF's page count, 1 for an image. */
  sheets: number;
}

/**
 * A4 at 200 dpi: legible text. JPEG at quality 80 with optimised Huffman coding and the
 * ImageMagick quantisation table: about 10× faster than mozjpeg's trellis (bench/pages), which
 * would save a further ~15% of bytes at 1–3 s of CPU per page on a hall PC.
 */
export const maxPageWidth = 1654;
export const maxPageHeight = 2339;
export const jpegQuality = 80;

type Kind = 'pdf' | 'jpeg' | 'png' | 'tiff';

/** What the bytes are, by their signature (never by the file name the scanner chose). */
export function detectKind(bytes: Uint8Array): Kind | null {
  const b = Buffer.from(bytes.subarray(0, 8));
  if (b.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  const tiff = b.toString('latin1', 0, 4);
  if (tiff === 'II*\0' || tiff === 'MM\0*') return 'tiff';
  return null;
}

/**
 * The pages a dropped or picked file gives: a PDF checked to open and kept as it is; a JPEG, PNG
 * or TIFF decoded, turned upright (EXIF orientation), capped at A4 @ 200 dpi and saved as JPEG;
 * every page of a multi-page TIFF becomes a page. Anything else is refused.
 */
export async function normaliseFile(fileName: string, bytes: Uint8Array, rotate = 0): Promise<NormalisedPage[]> {
  const kind = detectKind(bytes);
  if (!kind) throw new AppError('VALIDATION', `文件“${fileName}”不是 PDF、JPEG、PNG 或 TIFF 格式，不能作为材料`, 'file');
  if (kind === 'pdf') {
    const pdf = checkPdf(bytes);
    if (!pdf) throw new AppError('VALIDATION', `PDF 文件“${fileName}”已损坏或不完整，无法打开`, 'file');
    return [{ mime: 'application/pdf', bytes: Buffer.from(bytes), sheets: pdf.pages }];
  }
  try {
    const { pages = 1 } = await sharp(bytes).metadata();
    const out: NormalisedPage[] = [];
    for (let page = 0; page < pages; page++) out.push({ mime: 'image/jpeg', bytes: await normaliseImage(bytes, page, rotate), sheets: 1 });
    return out;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', `图片“${fileName}”已损坏或无法解码`, 'file');
  }
}

/** Upright by its EXIF orientation, then turned as the clerk asked (clockwise degrees). */
export function normaliseImage(bytes: Uint8Array, page = 0, rotate = 0): Promise<Buffer> {
  return sharp(bytes, { page, failOn: 'error', autoOrient: true })
    .rotate(rotate)
    .resize({ width: maxPageWidth, height: maxPageHeight, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: jpegQuality, optimiseCoding: true, quantisationTable: 3 })
    .toBuffer();
}
