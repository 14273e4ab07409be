import { afterAll, describe, expect, it } from 'vitest';
import type { ParentPortLike } from '../../../src/main/services/printing/electron-pdf-renderer';
import type { DocumentPrinter, PdfRenderer, RenderRequest } from '../../../src/main/services/printing/pdf-renderer';
import { WarmPool } from '../../../src/main/services/printing/warm-pool';
import { person, receiptsFor, registration, socialCardItem } from '../../helpers/intake-fixtures';
import { openTestDesk, setUpDesk } from '../../helpers/test-backend';
import { hasChromium, sharedRenderer } from './print-fixtures';
import { skipOrFail } from '../../helpers/full-suite';

/** A pool of numbered fake pages that records what was opened and thrown away. */
function fakePool() {
  const opened: string[] = [];
  const discarded: string[] = [];
  const pool = new WarmPool<string, string>({
    open: async (paper) => {
      const page = `${paper}#${opened.length + 1}`;
      opened.push(page);
      return page;
    },
    usable: () => true,
    discard: (page) => void discarded.push(page),
  });
  return { pool, opened, discarded };
}

describe('warm pages, one pool per paper size', () => {
  it('reuses the idle page of a paper size for the next document', async () => {
    const { pool, opened } = fakePool();
    for (let i = 0; i < 3; i += 1) pool.give('A4', await pool.take('A4'), true);
    pool.give('roll80', await pool.take('roll80'), true);
    expect(opened).toEqual(['A4#1', 'roll80#2']);
    expect(pool.opened).toBe(2);
  });

  it('opens a second page only while the first is busy, and never reuses a failed one', async () => {
    const { pool, opened, discarded } = fakePool();
    const first = await pool.take('A4');
    const second = await pool.take('A4');
    pool.give('A4', first, true);
    pool.give('A4', second, false);
    expect(await pool.take('A4')).toBe(first);
    expect(opened).toEqual(['A4#1', 'A4#2']);
    expect(discarded).toEqual(['A4#2']);
  });
});

if (!hasChromium)
  skipOrFail('printing: the warm-page test with a real Chromium is skipped: no Chromium (set HALLDESK_CHROMIUM or install chromium)');

describe.runIf(hasChromium)('the Chromium renderer keeps its pages warm', () => {
  const renderer = sharedRenderer();
  afterAll(() => renderer.close());

  it('prints two documents on one page of one browser, and a roll receipt on its own', async () => {
    const html = (text: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${text}</p></body></html>`;
    const first = await renderer.render({ html: html('受理通知书 一'), paper: 'A4' });
    const second = await renderer.render({ html: html('受理通知书 二'), paper: 'A4' });
    await renderer.render({ html: html('受理回执'), paper: 'roll80' });
    await renderer.render({ html: html('受理回执'), paper: 'roll80' });
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderer.pagesOpened).toBe(2);
  }, 60_000);
});

describe('the entry point chooses the renderer', () => {
  const fake = () => {
    const rendered: RenderRequest[] = [];
    const renderer: PdfRenderer = {
      kind: 'electron',
      render: async (request) => {
        rendered.push(request);
        return Buffer.from('%PDF-1.7 << /Type /Page >>');
      },
      close: async () => undefined,
    };
    const printer: DocumentPrinter = { print: async () => ({ mode: 'silent' }) };
    return { rendered, setup: { renderer, printer } };
  };

  it('prints with the renderer and printer it was given', async () => {
    const { rendered, setup } = fake();
    const desk = openTestDesk({ pdf: setup });
    try {
      await setUpDesk(desk);
      const card = await receiptsFor(desk, [socialCardItem], 'test');
      const { caseNo } = await desk.call(
        'cases.register',
        registration({ itemCodes: [socialCardItem], applicant: person, materials: card.materials, decision: { kind: 'accept' } }),
      );
      const issued = await desk.call('print.issue', { caseNo, docType: 'acceptance-notice' });
      expect(rendered).toHaveLength(1);
      expect(rendered[0]!.html).toContain(caseNo);
      expect(await desk.call('print.send', { documentId: issued.documentId })).toMatchObject({ mode: 'silent' });
    } finally {
      desk.close();
    }
  });

  it('does not look for an Electron parent port by itself', () => {
    const listeners: unknown[] = [];
    const port: ParentPortLike = { on: (_event, listener) => void listeners.push(listener), postMessage: () => undefined };
    const host = process as unknown as { parentPort?: ParentPortLike };
    host.parentPort = port;
    try {
      const desk = openTestDesk();
      desk.close();
      expect(listeners).toEqual([]);
    } finally {
      delete host.parentPort;
    }
  });
});
