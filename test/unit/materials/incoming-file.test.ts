import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../../src/main/services/materials/pdf-check';
import { maxPageHeight, maxPageWidth, normaliseFile } from '../../../src/main/services/materials/incoming-file';
import { sampleJpeg, samplePdf, samplePng, sampleTiff } from '../../helpers/material-files';

describe('files a clerk drops on a material line', () => {
  it('refuses anything but PDF, JPEG, PNG or TIFF, whatever the name says', async () => {
    await expect(normaliseFile('身份证.jpg', Buffer.from('GIF89a not a scan'))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '文件“身份证.jpg”不是 PDF、JPEG、PNG 或 TIFF 格式，不能作为材料',
    });
    await expect(normaliseFile('a.docx', Buffer.from('PK\u0003\u0004word/document.xml'))).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses an image that does not decode', async () => {
    const good = await sampleJpeg(800, 600);
    const truncated = good.subarray(0, 400);
    await expect(normaliseFile('扫描.jpg', truncated)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: '图片“扫描.jpg”已损坏或无法解码',
    });
  });

  it('refuses a PDF that will not open and counts the pages of one that does', async () => {
    const pdf = samplePdf(3);
    expect(checkPdf(pdf)).toEqual({ pages: 3 });
    const [page] = await normaliseFile('营业执照.pdf', pdf);
    expect(page).toMatchObject({ mime: 'application/pdf', sheets: 3 });
    expect(page!.bytes.equals(pdf)).toBe(true);
    const cut = pdf.subarray(0, pdf.length - 30);
    await expect(normaliseFile('营业执照.pdf', cut)).rejects.toMatchObject({ message: 'PDF 文件“营业执照.pdf”已损坏或不完整，无法打开' });
    const badXref = Buffer.from(pdf.toString('latin1').replace(/startxref\n\d+/, 'startxref\n15'), 'latin1');
    expect(checkPdf(badXref)).toBeNull();
  });

  it('turns a scan upright, caps it at A4 @ 200 dpi and saves it as a JPEG under 300 KB', async () => {
    // A 300 dpi A4 scan lying on its side, stood up by its EXIF orientation (6: turn 90° clockwise).
    const sideways = await sampleJpeg(3508, 2480, 6);
    const [page] = await normaliseFile('scan.jpg', sideways);
    const meta = await sharp(page!.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', maxPageWidth, maxPageHeight]);
    expect(meta.orientation).toBeUndefined();
    expect(page!.bytes.length).toBeLessThan(300 * 1024);
  });

  it('turns a page as the clerk asked and never enlarges a small one', async () => {
    const [page] = await normaliseFile('photo.png', await samplePng(800, 600), 90);
    const meta = await sharp(page!.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 600, 800]);
  });

  it('makes every page of a multi-page TIFF a page', async () => {
    const pages = await normaliseFile('scan.tiff', await sampleTiff());
    expect(pages.map((p) => p.mime)).toEqual(['image/jpeg', 'image/jpeg']);
  });
});
