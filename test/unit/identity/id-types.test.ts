import { describe, it, expect } from 'vitest';
import { checkPersonId, idKindLabel, idKinds, idTypes, isIdKind } from '../../../src/shared/identity/id-types';
import { gb11643Complete } from './check-chars';

describe('idTypes', () => {
  it('lists each kind once with a Chinese label', () => {
    expect(new Set(idKinds).size).toBe(idTypes.length);
    expect(idTypes[0]).toEqual({ kind: 'resident', label: '居民身份证' });
    expect(idKindLabel('tw-permit')).toBe('台湾居民来往大陆通行证');
  });

  it('recognizes kinds', () => {
    expect(isIdKind('passport')).toBe(true);
    expect(isIdKind('driving-licence')).toBe(false);
  });
});

describe('checkPersonId', () => {
  it('dispatches to the resident-ID rules', () => {
    expect(checkPersonId('resident', '11010519491231002x')).toMatchObject({ ok: true, sex: 'female' });
    expect(checkPersonId('resident', 'E12345678')).toMatchObject({ ok: false });
  });

  it('dispatches to the other document rules', () => {
    expect(checkPersonId('passport', 'E12345678')).toEqual({ ok: true, normalized: 'E12345678' });
    expect(checkPersonId('tw-permit', 'E12345678')).toMatchObject({ ok: false });
    expect(checkPersonId('hk-mo-permit', 'H12345678')).toMatchObject({ ok: true });
  });

  it('passes today through to documents that carry a birth date', () => {
    const withCheck = gb11643Complete('11010520250101000');
    expect(checkPersonId('resident', withCheck, new Date(2025, 0, 1)).ok).toBe(true);
    expect(checkPersonId('resident', withCheck, new Date(2024, 11, 31)).ok).toBe(false);
  });
});
