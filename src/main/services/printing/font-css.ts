import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resourcesDir } from '../../resources-dir';

/**
 * The @font-face rules of printed documents: Noto Sans SC (SIL OFL 1.1, from the
 * @fontsource/noto-sans-sc package, the same one the renderer's preview imports), regular and
 * bold, as unicode-range subsets referenced by file URL, so Chromium embeds just the glyphs a
 * document uses, on any machine, with or without Chinese system fonts.
 *
 * A hall may ship other fonts: a `fonts/print-fonts.css` in the resources folder is used
 * instead, its relative url()s resolved against that folder.
 */
const resolveFrom = createRequire(import.meta.url);
let cached: string | null = null;

function fileUrlsIn(css: string, baseDir: string): string {
  return css.replace(/url\((['"]?)\.\/([^)'"]+)\1\)/g, (_m, _q, path: string) => `url("${pathToFileURL(join(baseDir, path)).href}")`);
}

function hallFontCss(): string | null {
  try {
    const file = join(resourcesDir(), 'fonts', 'print-fonts.css');
    return existsSync(file) ? fileUrlsIn(readFileSync(file, 'utf8'), dirname(file)) : null;
  } catch {
    return null;
  }
}

export function fontPackageDir(): string {
  return dirname(resolveFrom.resolve('@fontsource/noto-sans-sc/package.json'));
}

function bundledFontCss(): string {
  const dir = fontPackageDir();
  return (
    ['400', '700']
      .map((weight) => readFileSync(join(dir, `${weight}.css`), 'utf8'))
      .join('\n')
      // woff2 only: every Chromium reads it, and one source keeps the document small.
      .replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, '')
      .replace(/font-display:\s*swap;/g, 'font-display: block;')
      .replace(/url\(\.\/files\/([^)]+)\)/g, (_m, file: string) => `url("${pathToFileURL(join(dir, 'files', file)).href}")`)
  );
}

/**
 * 生僻字 of CJK Extension A and B onwards (𠮷 U+20BB7, 䶮 U+4DAE…), which the Noto Sans SC
 * package does not cover: HallDesk CJK Ext, a subset of Noto Sans CJK SC (SIL OFL 1.1, see
 * resources/fonts/cjk-ext/OFL.txt), so a name prints in a bundled font, never in whatever the
 * machine falls back to. One face serves every weight (names in bold print at regular weight).
 */
export const extensionFontFamily = 'HallDesk CJK Ext';

function extensionFontCss(): string {
  const file = join(resourcesDir(), 'fonts', 'cjk-ext', 'HallDeskCJKExt-Regular.woff');
  if (!existsSync(file)) return '';
  return `@font-face { font-family: '${extensionFontFamily}'; font-style: normal; font-weight: 100 900; font-display: block; src: url("${pathToFileURL(file).href}") format('woff'); unicode-range: U+3400-4DBF, U+20000-3134F; }`;
}

export function printFontCss(): string {
  cached ??= hallFontCss() ?? `${bundledFontCss()}\n${extensionFontCss()}`;
  return cached;
}
