import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueError, CatalogueParseResult } from '../../../src/shared/catalogue/parse-catalogue';
import {
  formatCatalogueErrors,
  maxReportedErrors,
  parseCatalogueJson,
  serializeCatalogue,
} from '../../../src/shared/catalogue/parse-catalogue';

const seedText = readFileSync(new URL('../../../resources/catalogue/seed-catalogue.json', import.meta.url), 'utf8');
const seedLines = seedText.split('\n');

function refused(result: CatalogueParseResult): CatalogueError[] {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result).not.toHaveProperty('file');
  return result.errors;
}

/** 0-based indexes of the lines holding `"field":`, in file order. */
function linesWith(field: string): number[] {
  return seedLines.flatMap((line, i) => (line.trimStart().startsWith(`"${field}":`) ? [i] : []));
}

function nth(list: number[], n: number): number {
  const value = list[n];
  if (value === undefined) throw new Error(`no entry ${n}`);
  return value;
}

const edit = (index: number, replace: (line: string) => string): string =>
  seedLines.map((line, i) => (i === index ? replace(line) : line)).join('\n');

describe('parseCatalogueJson: schema errors', () => {
  it('refuses a whole file whose third item promises more than the statutory limit, at that line', () => {
    const index = nth(linesWith('promisedDays'), 2);
    const text = edit(index, (l) => l.replace(/\d+/, '99'));
    const errors = refused(parseCatalogueJson(text));
    expect(errors).toHaveLength(1);
    const [error] = errors;
    const line = text.split('\n')[index] ?? '';
    expect(error).toMatchObject({
      line: index + 1,
      column: line.indexOf('99') + 1,
      path: 'items[2].promisedDays',
      itemCode: '32050000SJ-XK-0003',
    });
    expect(error?.message).toContain('承诺时限不能超过法定时限');
  });

  it('points a missing required field at the line of the object that lacks it', () => {
    const index = nth(linesWith('formatNotes'), 0);
    const text = seedLines.filter((_, i) => i !== index).join('\n');
    let open = index - 1;
    while (seedLines[open]?.trim() !== '{') open--;
    const errors = refused(parseCatalogueJson(text));
    expect(errors).toEqual([
      {
        line: open + 1,
        column: (seedLines[open] ?? '').indexOf('{') + 1,
        path: 'items[0].materials[0].formatNotes',
        message: '缺少纸质材料说明',
        itemCode: '32050000SJ-XK-0001',
      },
    ]);
  });

  it('names a misspelt field at its own line', () => {
    const index = nth(linesWith('formatNotes'), 5);
    const errors = refused(parseCatalogueJson(edit(index, (l) => l.replace('"formatNotes"', '"formatNote"'))));
    const unknown = errors.find((e) => e.path.endsWith('.formatNote'));
    expect(unknown).toMatchObject({ line: index + 1 });
    expect(unknown?.message).toContain('无法识别的字段“formatNote”');
    expect(errors.some((e) => e.message === '缺少纸质材料说明')).toBe(true);
  });

  it('reports a duplicated key, which JSON.parse would silently drop', () => {
    const index = nth(linesWith('statutoryDays'), 1);
    const errors = refused(parseCatalogueJson(edit(index, (l) => `${l} "statutoryDays": 3,`)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: index + 1, path: 'items[1].statutoryDays' });
    expect(errors[0]?.message).toContain('出现了两次');
  });

  it('checks conditional materials, charged fees, duplicate codes and key-name clashes', () => {
    type Loose = { code: string; fee: unknown; materials: Record<string, unknown>[] };
    const file = JSON.parse(seedText) as { items: [Loose, Loose] };
    const [first, second] = file.items;
    const [form] = first.materials;
    const secondLicence = second.materials[1];
    if (form === undefined || secondLicence === undefined) throw new Error('seed changed');
    form.necessity = 'conditional';
    first.fee = { charged: true, standard: '每件10元' };
    second.code = first.code;
    secondLicence.name = '营业执照副本';
    const errors = refused(parseCatalogueJson(JSON.stringify(file, null, 2)));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['items[0].fee.basis', '收费事项必须填写收费依据'],
      ['items[0].materials[0].condition', '必要性为“情形必须”的材料必须写明适用情形'],
      ['items[1].code', '事项编码 32050000SJ-XK-0001 的第 1 版在文件中重复出现'],
      [
        'items[1].materials[1].name',
        expect.stringMatching(/^材料标识“business-licence”在其他 \d+ 处名为“营业执照”，此处却为“营业执照副本”/),
      ],
    ]);
  });

  it('keeps codes unique per version, so two versions of one item may travel together', () => {
    const file = JSON.parse(seedText) as { items: Record<string, unknown>[] };
    const first = file.items[0] as Record<string, unknown>;
    file.items.push({ ...first, version: 2, effectiveDate: '2026-07-01' });
    const result = parseCatalogueJson(JSON.stringify(file));
    expect(result.ok).toBe(true);
  });

  it('lists at most 20 errors, in file order, and counts the rest', () => {
    const text = seedLines.map((l) => (l.trimStart().startsWith('"promisedDays":') ? l.replace(/\d+/, '99') : l)).join('\n');
    const result = parseCatalogueJson(text);
    if (result.ok) throw new Error('expected refusal');
    expect(result.errors).toHaveLength(maxReportedErrors);
    expect(result.omitted).toBe(linesWith('promisedDays').length - maxReportedErrors);
    const lines = result.errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(formatCatalogueErrors(result.errors, result.omitted)).toMatch(/另有 \d+ 处错误未列出/);
  });

  it('refuses a file that is not a catalogue', () => {
    const errors = refused(parseCatalogueJson('{\n  "format": "something-else",\n  "formatVersion": 1,\n  "items": []\n}'));
    expect(errors[0]).toMatchObject({ line: 2, column: 13, path: 'format' });
    expect(errors[0]?.message).toContain('不是 HallDesk 事项目录文件');
    expect(refused(parseCatalogueJson('[]'))[0]).toMatchObject({ line: 1, column: 1, path: '' });
  });
});

describe('parseCatalogueJson: syntax errors', () => {
  it('gives the line of an unterminated string', () => {
    const index = nth(linesWith('name'), 4);
    const errors = refused(parseCatalogueJson(edit(index, (l) => l.replace(/",$/, ','))));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: index + 1, path: '' });
    expect(errors[0]?.message).toMatch(/^JSON 格式错误：字符串没有结束/);
  });

  it('puts a missing comma at the token that needed it', () => {
    const index = nth(linesWith('formatVersion'), 0);
    const errors = refused(parseCatalogueJson(edit(index, (l) => l.replace(/,$/, ''))));
    expect(errors).toEqual([{ line: index + 2, column: 3, path: '', message: 'JSON 格式错误：此处之前缺少逗号' }]);
  });

  it('refuses an empty file', () => {
    expect(refused(parseCatalogueJson('  \n'))[0]?.message).toBe('文件内容为空');
  });
});

describe('parseCatalogueJson: round trip', () => {
  it('accepts a UTF-8 byte-order mark (Notepad) and reads the export back unchanged', () => {
    const first = parseCatalogueJson(`\uFEFF${seedText}`);
    if (!first.ok) throw new Error(formatCatalogueErrors(first.errors));
    const text = serializeCatalogue(first.file.items, '2026-03-02T10:00:00+08:00');
    const second = parseCatalogueJson(text);
    if (!second.ok) throw new Error(formatCatalogueErrors(second.errors));
    expect(second.file.items).toEqual(first.file.items);
    expect(second.file.exportedAt).toBe('2026-03-02T10:00:00+08:00');
    expect(text.startsWith('{\n  "format": "halldesk-catalogue",\n  "formatVersion": 1,')).toBe(true);
  });
});

describe('formatCatalogueErrors', () => {
  it('writes one Chinese line per error', () => {
    expect(
      formatCatalogueErrors([
        { line: 12, column: 7, path: 'items[0].promisedDays', message: '承诺时限不能超过法定时限' },
        { line: 30, column: 5, path: 'items[1].name', message: '事项名称不能为空', itemCode: '3205000000-XK-0002' },
        { line: 1, column: 1, path: '', message: '文件内容为空' },
      ]),
    ).toBe(
      [
        '第 12 行第 7 列 items[0].promisedDays：承诺时限不能超过法定时限',
        '第 30 行第 5 列 items[1].name（事项 3205000000-XK-0002）：事项名称不能为空',
        '第 1 行第 1 列：文件内容为空',
      ].join('\n'),
    );
  });
});
