import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hallDate } from '../../../shared/calendar/hall-date';
import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { chainTemplateEntity } from '../../../shared/projects/project-ops';
import { chainTemplatesFileSchema, templateItemCodes, type ChainTemplate } from '../../../shared/projects/chain-template';
import type { Db } from '../../db/open-database';
import { appendAudit } from '../audit/audit-log';
import type { CatalogueService } from '../catalogue/catalogue-service';
import { recordChange } from '../record-change';
import { countTemplates, findTemplateBody, insertTemplate } from './project-repository';

function parseTemplates(text: string): ChainTemplate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', '项目模板文件不是有效的 JSON，未导入任何模板', 'text');
  }
  const parsed = chainTemplatesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `（${issue.path.join('.')}）` : '';
    throw new AppError('VALIDATION', `项目模板文件有误，未导入任何模板：${issue?.message ?? '格式错误'}${where}`, 'text');
  }
  return parsed.data.templates;
}

/**
 * Chain templates are catalogue data: a bad file, or one naming an item the catalogue does not
 * hold, is refused whole; a published version never changes (raise the version).
 */
export function importChainTemplates(
  deps: { db: Db; catalogue: CatalogueService },
  text: string,
  actor: SessionUser | null,
  now: Date,
): { imported: number; unchanged: number } {
  const { db, catalogue } = deps;
  const templates = parseTemplates(text);
  const today = hallDate(now);
  for (const template of templates) {
    for (const code of templateItemCodes(template)) {
      try {
        catalogue.get(code, today);
      } catch {
        throw new AppError('VALIDATION', `项目模板“${template.name}”中的事项 ${code} 不在事项目录中，请先导入事项目录`, 'text');
      }
    }
  }
  const at = now.toISOString();
  return db
    .transaction(() => {
      let imported = 0;
      let unchanged = 0;
      for (const template of templates) {
        const stored = findTemplateBody(db, template.kind, template.version);
        if (stored === JSON.stringify(template)) {
          unchanged += 1;
          continue;
        }
        if (stored !== undefined) {
          throw new AppError(
            'CONFLICT',
            `项目模板“${template.name}”第 ${template.version} 版已存在且内容不同，修改模板须提高版本号`,
            'text',
          );
        }
        insertTemplate(db, template, at);
        imported += 1;
      }
      const kinds = templates.map((t) => `${t.kind}@${t.version}`);
      if (actor) {
        recordChange(db, {
          actor,
          at,
          op: 'chain-template.imported',
          entity: chainTemplateEntity,
          entityId: at,
          payload: { templates },
          auditDetail: { chainTemplates: kinds, imported, unchanged },
        });
      } else {
        appendAudit(db, { at, actorId: null, actorStaffNo: null, action: 'catalogue.seeded', detail: { chainTemplates: kinds } });
      }
      return { imported, unchanged };
    })
    .immediate();
}

/** First start (or the first start after the upgrade): the shipped templates whose items the catalogue holds. */
export function seedChainTemplatesIfEmpty(deps: { db: Db; catalogue: CatalogueService }, resources: string, now: Date): void {
  if (countTemplates(deps.db) > 0) return;
  try {
    importChainTemplates(deps, readFileSync(join(resources, 'catalogue', 'chain-templates.json'), 'utf8'), null, now);
  } catch (error) {
    // An upgraded desk whose catalogue predates the template items: the administrator imports both.
    if (!(error instanceof AppError)) throw error;
  }
}
