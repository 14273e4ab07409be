import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderers' working folder, inside the data folder: only the warm pages' blank base document. */
export function printWorkDir(dataDir: string): string {
  return join(dataDir, 'print-tmp');
}

/** A blank page at a file URL: documents set into it may load the bundled fonts by file URL. */
const baseDocument = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/**
 * The file URL of the warm pages' base document (written once, never per document). Both the
 * web host's browser pages and the desktop app's hidden print windows start from it.
 */
export function warmPageUrl(workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  const file = join(workDir, 'warm-page.html');
  if (!existsSync(file)) writeFileSync(file, baseDocument);
  return pathToFileURL(file).href;
}
