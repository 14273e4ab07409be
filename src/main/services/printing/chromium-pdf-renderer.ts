import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PdfRenderFailedError, PdfRendererUnavailableError, pdfPageCount, rollHeightMm, type PdfRenderer, type RenderRequest } from './pdf-renderer';

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
  /** Temporary HTML files go here (inside the data folder). */
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
 * PDFs from a Chromium-family browser driven by playwright-core: one browser, launched on the
 * first print and kept warm, each document in a fresh context from a temp file (so fonts load
 * from file URLs), closed with the back end.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  readonly kind = 'chromium' as const;
  private browser: Promise<Browser> | null = null;
  private context: { browser: Browser; context: Promise<BrowserContext> } | null = null;

  constructor(private readonly options: ChromiumPdfRendererOptions) {}

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    const executablePath = this.options.executablePath === undefined ? findChromium() : this.options.executablePath;
    if (!executablePath || !existsSync(executablePath)) return Promise.reject(new PdfRendererUnavailableError());
    const launching = chromium
      .launch({ executablePath, args: launchArgs, headless: true, ...(this.options.env ? { env: this.options.env } : {}) })
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

  async render({ html, paper }: RenderRequest): Promise<Buffer> {
    const browser = await this.launch();
    mkdirSync(this.options.workDir, { recursive: true });
    const file = join(this.options.workDir, `${randomUUID()}.html`);
    writeFileSync(file, html);
    // One context for every document: its memory cache keeps the decoded font files warm.
    const context = await this.contextOf(browser);
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: paper === 'roll80' ? rollViewportWidth : 794, height: 1123 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      if (paper !== 'roll80') return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const height = Number(await page.evaluate('Math.ceil(document.body.getBoundingClientRect().height)'));
      let mm = rollHeightMm(height);
      for (let attempt = 0; ; attempt += 1) {
        await page.addStyleTag({ content: `@page { size: 80mm ${mm}mm; margin: 0; }` });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        if (pdfPageCount(pdf) <= 1 || attempt === 3) return pdf;
        mm = Math.ceil(mm * 1.1);
      }
    } catch (error) {
      if (error instanceof PdfRenderFailedError) throw error;
      throw new PdfRenderFailedError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    } finally {
      await page.close().catch(() => undefined);
      rmSync(file, { force: true });
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.context = null;
    if (!browser) return;
    await browser.then((b) => b.close()).catch(() => undefined);
  }
}
