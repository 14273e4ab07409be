import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemTypeCodes } from '../../../src/shared/catalogue/item-schema';
import type { ServiceItem } from '../../../src/shared/catalogue/item-schema';
import { parseCatalogueJson, serializeCatalogue } from '../../../src/shared/catalogue/parse-catalogue';

const seedText = readFileSync(new URL('../../../resources/catalogue/seed-catalogue.json', import.meta.url), 'utf8');

function seedItems(): ServiceItem[] {
  const result = parseCatalogueJson(seedText);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'));
  return result.file.items;
}

const byName = (items: ServiceItem[], pattern: RegExp) => items.filter((i) => pattern.test(i.name));

describe('seed catalogue', () => {
  const items = seedItems();

  it('validates and holds at least 28 items with unique codes', () => {
    expect(items.length).toBeGreaterThanOrEqual(28);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
  });

  it('gives every item 4 to 12 materials, at least one of them required', () => {
    for (const item of items) {
      expect(item.materials.length, item.code).toBeGreaterThanOrEqual(4);
      expect(item.materials.length, item.code).toBeLessThanOrEqual(12);
      expect(
        item.materials.some((m) => m.necessity === 'required'),
        item.code,
      ).toBe(true);
    }
  });

  it('has at least 5 items that accept deferred materials', () => {
    const withDeferrable = items.filter((i) => i.materials.some((m) => m.necessity === 'deferrable'));
    expect(withDeferrable.length).toBeGreaterThanOrEqual(5);
  });

  it('uses one name per material key across all items', () => {
    const names = new Map<string, Set<string>>();
    for (const m of items.flatMap((i) => i.materials)) {
      names.set(m.key, (names.get(m.key) ?? new Set()).add(m.name));
    }
    for (const [key, set] of names) expect([...set], key).toHaveLength(1);
  });

  it('shares enterprise materials by key, so a two-item case has a real union', () => {
    const [setup] = byName(items, /^企业设立登记/);
    const [seal] = byName(items, /^印章刻制备案/);
    if (setup === undefined || seal === undefined) throw new Error('missing items');
    const keys = new Set(setup.materials.map((m) => m.key));
    const shared = seal.materials.filter((m) => keys.has(m.key)).map((m) => m.key);
    expect(shared).toEqual(expect.arrayContaining(['legal-rep-id', 'authorization-letter', 'agent-id']));
    for (const item of items) {
      for (const m of item.materials.filter((x) => x.key === 'authorization-letter')) {
        expect(m.necessity, item.code).toBe('conditional');
        expect(m.condition, item.code).toMatch(/委托/);
      }
    }
  });

  it('codes carry the type code of the item type', () => {
    for (const item of items) expect(item.code.split('-')[1], item.code).toBe(itemTypeCodes[item.type]);
  });

  it('charges only with a standard and a basis, and most items are free', () => {
    const charged = items.filter((i) => i.fee.charged);
    expect(charged.length).toBeGreaterThan(0);
    expect(charged.length).toBeLessThan(items.length / 4);
    for (const item of charged) {
      expect(item.fee.standard).toBeTruthy();
      expect(item.fee.basis).toMatch(/《.+》/);
    }
  });

  it('covers the items a prefecture hall must have', () => {
    const required = [
      /^企业设立登记/,
      /^企业变更登记/,
      /^企业注销登记/,
      /^个体工商户设立登记/,
      /^个体工商户变更登记/,
      /^食品经营许可（新办）/,
      /^食品经营许可（延续）/,
      /^建筑工程施工许可/,
      /^道路货物运输经营许可/,
      /道路旅客运输经营许可|出租汽车/,
      /^社会保险登记/,
      /职工参保登记|社会保障卡/,
      /^失业保险金申领/,
      /异地就医/,
      /^住房公积金单位缴存登记/,
      /^住房公积金提取（购买/,
      /^住房公积金提取（租赁/,
      /^公共场所卫生许可/,
      /药品|医疗器械/,
      /排污|环境影响/,
      /^建设工程规划许可/,
      /不动产/,
      /^人力资源服务许可/,
      /^劳务派遣经营许可/,
      /^烟草专卖零售许可/,
      /户口|居住证/,
      /^印章刻制备案/,
      /发票|税务登记/,
    ];
    for (const pattern of required) expect(byName(items, pattern).length, String(pattern)).toBeGreaterThan(0);
    expect(items.filter((i) => i.type === 'public-service').length).toBeGreaterThanOrEqual(1);
  });

  it('models the special steps the guides describe', () => {
    const step = (pattern: RegExp) => byName(items, pattern)[0];
    expect(step(/^建筑工程施工许可/)?.specialSteps).toEqual([]);
    expect(step(/^建筑工程施工许可/)).toMatchObject({ statutoryDays: 7, promisedDays: 3 });
    expect(step(/^公共场所卫生许可/)?.specialSteps).toContainEqual({ name: '现场勘验', days: 3, countedInLimit: false });
    expect(step(/^建设工程规划许可/)?.specialSteps).toContainEqual({ name: '批前公示', days: 7, countedInLimit: false });
  });

  it('declares one reuse rule per material key, on every item that asks for it (三减 across a 全程代办 chain)', () => {
    const rules = new Map<string, string[]>();
    for (const item of items) {
      for (const m of item.materials) rules.set(m.key, [...(rules.get(m.key) ?? []), JSON.stringify(m.reuse ?? null)]);
    }
    for (const [key, declared] of rules) {
      if (declared.some((rule) => rule !== 'null')) expect(new Set(declared), key).toEqual(new Set([declared.find((r) => r !== 'null')]));
    }
    expect(rules.get('business-licence')?.every((rule) => rule !== 'null')).toBe(true);
  });

  it('is in canonical export form, so export → import → export is byte-identical', () => {
    const exportedAt = (JSON.parse(seedText) as { exportedAt: string }).exportedAt;
    expect(serializeCatalogue(items, exportedAt)).toBe(seedText);
  });
});
