import type { IdCheck } from './id-check';
import { checkOtherId } from './other-ids';
import { checkResidentId } from './resident-id';

/** Identity documents a window accepts from a natural person, in the order the picker shows them. */
export const idTypes = [
  { kind: 'resident', label: '居民身份证' },
  { kind: 'hk-mo-tw-residence', label: '港澳台居民居住证' },
  { kind: 'foreign-permanent', label: '外国人永久居留身份证' },
  { kind: 'passport', label: '护照' },
  { kind: 'hk-mo-permit', label: '港澳居民来往内地通行证' },
  { kind: 'tw-permit', label: '台湾居民来往大陆通行证' },
] as const;

export type IdKind = (typeof idTypes)[number]['kind'];

export const idKinds: readonly IdKind[] = idTypes.map((type) => type.kind);

export function isIdKind(value: string): value is IdKind {
  return (idKinds as readonly string[]).includes(value);
}

export function idKindLabel(kind: IdKind): string {
  return idTypes.find((type) => type.kind === kind)?.label ?? kind;
}

export function checkPersonId(kind: IdKind, raw: string, today: Date = new Date()): IdCheck {
  return kind === 'resident' ? checkResidentId(raw, today) : checkOtherId(kind, raw, today);
}
