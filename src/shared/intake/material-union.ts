import type { Material, MaterialMedium, Necessity, ServiceItem } from '../catalogue/item-schema';

/** One line of a case's material list: the union of its items' lists, one line per key. */
export interface CaseMaterialSpec {
  key: string;
  name: string;
  necessity: Necessity;
  condition: string | null;
  originals: number;
  copies: number;
  media: MaterialMedium[];
  formatNotes: string;
  issuer: string | null;
  /** The codes of the items that ask for this material. */
  forItems: string[];
}

/**
 * A material asked by several items is asked once, at the highest count any item needs.
 * Necessity: required if any item requires it; else deferrable if any item always needs it but
 * lets it come later; else conditional. So a material is 容缺-eligible only if no item insists.
 */
export function unionMaterials(items: readonly ServiceItem[]): CaseMaterialSpec[] {
  const byKey = new Map<string, CaseMaterialSpec>();
  for (const item of items) {
    for (const material of item.materials) {
      const existing = byKey.get(material.key);
      byKey.set(material.key, existing ? merge(existing, material, item.code) : fromMaterial(material, item.code));
    }
  }
  return [...byKey.values()];
}

function fromMaterial(material: Material, itemCode: string): CaseMaterialSpec {
  return {
    key: material.key,
    name: material.name,
    necessity: material.necessity,
    condition: material.necessity === 'conditional' ? (material.condition ?? null) : null,
    originals: material.originals,
    copies: material.copies,
    media: [...material.media],
    formatNotes: material.formatNotes,
    issuer: material.issuer ?? null,
    forItems: [itemCode],
  };
}

const strictness: Record<Necessity, number> = { required: 3, deferrable: 2, conditional: 1 };

function merge(into: CaseMaterialSpec, material: Material, itemCode: string): CaseMaterialSpec {
  const necessity = strictness[material.necessity] > strictness[into.necessity] ? material.necessity : into.necessity;
  const conditions = [into.condition, material.necessity === 'conditional' ? material.condition : undefined];
  return {
    ...into,
    necessity,
    condition: necessity === 'conditional' ? unique(conditions).join('；') || null : null,
    originals: Math.max(into.originals, material.originals),
    copies: Math.max(into.copies, material.copies),
    media: unique([...into.media, ...material.media]) as MaterialMedium[],
    formatNotes: unique([into.formatNotes, material.formatNotes]).join('；'),
    issuer: into.issuer ?? material.issuer ?? null,
    forItems: unique([...into.forItems, itemCode]),
  };
}

function unique(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
