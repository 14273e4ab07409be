import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PaperKind } from '../../../shared/print/doc-types';
import {
  PdfRenderFailedError,
  PdfRendererUnavailableError,
  pdfPageCount,
  rollHeightMm,
  type PdfRenderer,
  type RenderRequest,
} from './pdf-renderer';
import { WarmPool } from './warm-pool';
import { warmPageUrl } from './warm-page';

/** Where a Chromium-family browser may be: HALLDESK_CHROMIUM first, then the usual places. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.HALLDESK_CHROMIUM ? [env.HALLDESK_CHROMIUM] : [];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return [
      ...fromEnv,
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ];
}

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  return chromiumCandidates(env).find((path) => exists(path)) ?? null;
}

export interface ChromiumPdfRendererOptions {
  /** The warm pages' blank base document goes here (inside the data folder). */
  workDir: string;
  /** Default: findChromium(). */
  executablePath?: string | null;
  /** The browser's environment (tests point FONTCONFIG_FILE at an empty font set). */
  env?: NodeJS.ProcessEnv;
}

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** 80 mm at 96 px per inch: the roll's layout width, so the measured height is the printed one. */
const rollViewportWidth = Math.round((80 / 25.4) * 96);

/**
 * PDFs from a Chromium-family browser driven by playwright-core (loaded on the first print, so it
 * costs the back end's start nothing): one browser and one context, launched on the first print
 * and kept warm, and a few warm pages per paper size. Each document is written into a warm page
 * (no new page, no temp file), so the fonts it uses stay loaded and decoded from one print to the next.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  readonly kind = 'chromium' as const;
  private browser: Promise<Browser> | null = null;
  private context: { browser: Browser; context: Promise<BrowserContext> } | null = null;
  private readonly pages = new WarmPool<PaperKind, Page>({
    open: (paper) => this.openPage(paper),
    usable: (page) => !page.isClosed(),
    discard: (page) => page.close().catch(() => undefined),
  });

  constructor(private readonly options: ChromiumPdfRendererOptions) {}

  /** Pages opened so far (the pool reuses them: tests and the bench read this). */
  get pagesOpened(): number {
    return this.pages.opened;
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    const executablePath = this.options.executablePath === undefined ? findChromium() : this.options.executablePath;
    if (!executablePath || !existsSync(executablePath)) return Promise.reject(new PdfRendererUnavailableError());
    const launching = import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath, args: launchArgs, headless: true, ...(this.options.env ? { env: this.options.env } : {}) }),
      )
      .then((browser) => {
        browser.on('disconnected', () => {
          if (this.browser === launching) this.browser = null;
        });
        return browser;
      })
      .catch((error: unknown) => {
        this.browser = null;
        throw new PdfRenderFailedError(`浏览器无法启动（${error instanceof Error ? error.message.split('\n')[0] : String(error)}）`);
      });
    this.browser = launching;
    return launching;
  }

  private contextOf(browser: Browser): Promise<BrowserContext> {
    if (this.context?.browser !== browser) this.context = { browser, context: browser.newContext() };
    return this.context.context;
  }

  private async openPage(paper: PaperKind): Promise<Page> {
    const context = await this.contextOf(await this.launch());
    const page = await context.newPage();
    await page.setViewportSize({ width: paper === 'roll80' ? rollViewportWidth : 794, height: 1123 });
    await page.goto(warmPageUrl(this.options.workDir), { waitUntil: 'load' });
    return page;
  }

  async render({ html, paper }: RenderRequest): Promise<Buffer> {
    await this.launch();
    let page: Page;
    try {
      page = await this.pages.take(paper);
    } catch (error) {
      throw asRenderError(error);
    }
    let healthy = false;
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = paper === 'roll80' ? await rollPdf(page) : await page.pdf({ preferCSSPageSize: true, printBackground: true });
      healthy = true;
      return pdf;
    } catch (error) {
      throw asRenderError(error);
    } finally {
      this.pages.give(paper, page, healthy);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.context = null;
    this.pages.forget();
    if (!browser) return;
    await browser.then((b) => b.close()).catch(() => undefined);
  }
}

/** The 80 mm roll: a page as long as the content (measured), grown if Chromium still breaks it. */
async function rollPdf(page: Page): Promise<Buffer> {
  const height = Number(await page.evaluate('Math.ceil(document.body.getBoundingClientRect().height)'));
  let mm = rollHeightMm(height);
  for (let attempt = 0; ; attempt += 1) {
    await page.addStyleTag({ content: `@page { size: 80mm ${mm}mm; margin: 0; }` });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (pdfPageCount(pdf) <= 1 || attempt === 3) return pdf;
    mm = Math.ceil(mm * 1.1);
  }
}

function asRenderError(error: unknown): Error {
  if (error instanceof PdfRenderFailedError || error instanceof PdfRendererUnavailableError) return error;
  return new PdfRenderFailedError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
}
