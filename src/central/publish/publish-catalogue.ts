import { AppError } from '../../shared/errors';
import { formatCatalogueErrors, parseCatalogueJson } from '../../shared/catalogue/parse-catalogue';
import type { Sql } from '../db/sql';
import { findHall } from '../halls/hall-queries';
import { contentHash } from '../sync/content-hash';
import { recordItemVersions } from './catalogue-version-queries';
import { insertPublication } from './publication';

export interface PublishedCatalogue {
  cursor: number;
  publishedAt: string;
  items: number;
  hallCode: string | null;
}

/**
 * Publishes a catalogue file (the same JSON an administrator imports at a desk) for every hall,
 * or for one. An item version, once published, never changes: the same code and version with
 * different content is refused, so desks never hold two versions under one number.
 */
export async function publishCatalogue(sql: Sql, fileText: string, hallCode: string | null): Promise<PublishedCatalogue> {
  const parsed = parseCatalogueJson(fileText);
  if (!parsed.ok) {
    throw new AppError('VALIDATION', `事项目录文件有误，未发布：\n${formatCatalogueErrors(parsed.errors, parsed.omitted)}`);
  }
  if (hallCode !== null && (await findHall(sql, hallCode)) === null) {
    throw new AppError('NOT_FOUND', `大厅 ${hallCode} 不存在`, 'hallCode');
  }
  const file = parsed.file;
  return sql.transaction(async (tx) => {
    const published = await insertPublication(tx, 'catalogue', hallCode, file);
    const changed = await recordItemVersions(
      tx,
      published.cursor,
      file.items.map((item) => ({ code: item.code, version: item.version, hash: contentHash(item) })),
    );
    if (changed.length > 0) {
      const list = changed.map((c) => `${c.item_code} 第 ${c.version} 版`).join('、');
      throw new AppError(
        'CONFLICT',
        `以下事项版本已发布过且内容不同：${list}。已发布的事项版本不能修改，修改事项须提高版本号（version）后再发布`,
      );
    }
    return { ...published, items: file.items.length, hallCode };
  });
}
