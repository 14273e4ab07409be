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
  return ['400', '700']
    .map((weight) => readFileSync(join(dir, `${weight}.css`), 'utf8'))
    .join('\n')
    // woff2 only: every Chromium reads it, and one source keeps the document small.
    .replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, '')
    .replace(/font-display:\s*swap;/g, 'font-display: block;')
    .replace(/url\(\.\/files\/([^)]+)\)/g, (_m, file: string) => `url("${pathToFileURL(join(dir, 'files', file)).href}")`);
}

export function printFontCss(): string {
  cached ??= hallFontCss() ?? bundledFontCss();
  return cached;
}
