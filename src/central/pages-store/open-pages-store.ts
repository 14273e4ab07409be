import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInMemory, type CentralConfig } from '../config';
import { FsBlobStore } from './fs-blob-store';
import type { PagesDeps } from './page-routes';

/** The centre's page store from its settings: blobs and partial uploads side by side, on one file system. */
export function openPagesStore(config: CentralConfig): PagesDeps & { root: string } {
  const root =
    config.pagesDir ?? (isInMemory(config) ? mkdtempSync(join(tmpdir(), 'halldesk-central-pages-')) : join(config.dataDir, 'pages'));
  const uploadsDir = join(root, 'uploads');
  mkdirSync(uploadsDir, { recursive: true, mode: 0o700 });
  return { root, blobs: new FsBlobStore(join(root, 'blobs')), uploadsDir, uploadExpiryDays: config.uploadExpiryDays };
}
