import { describe, expect, it } from 'vitest';
import { formatProjectNumber, parseProjectNumber } from '../../../src/shared/projects/project-number';

describe('project numbers', () => {
  it('read hall, desk, year and a four-digit serial, and parse back', () => {
    expect(formatProjectNumber({ hall: 'JC', desk: '03', year: 2026, serial: 1 })).toBe('JC-03-XM2026-0001');
    expect(parseProjectNumber('JC-03-XM2026-0001')).toEqual({ hall: 'JC', desk: '03', year: 2026, serial: 1 });
    expect(parseProjectNumber('JC-SUB-03-XM2027-12345')).toEqual({ hall: 'JC-SUB', desk: '03', year: 2027, serial: 12345 });
  });

  it('are not case numbers', () => {
    expect(parseProjectNumber('JC-03-2026-000001')).toBeNull();
    expect(parseProjectNumber('JC-03-XM26-0001')).toBeNull();
  });
});
