import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * A file of the built renderer, or index.html for any other path (the renderer routes itself).
 * The decoded path is resolved against `root` as it stands, `..` and all; then whatever does not
 * land inside `root` is refused. This check is the only guard, so the traversal test probes it.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolve(root, `.${sep}${decodeURIComponent(urlPath)}`);
  const inside = relative(resolve(root), file);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  const target = extname(file) ? file : join(root, 'index.html');
  try {
    const body = await readFile(target);
    return { body, contentType: contentTypes[extname(target)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
