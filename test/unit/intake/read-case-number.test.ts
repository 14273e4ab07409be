import { describe, expect, it } from 'vitest';
import { defaultCaseNumberFormat, formatCaseNumber, readCaseNumber } from '../../../src/shared/intake/case-number';

describe('reading a case number back (a restored desk learns the serials its window used)', () => {
  it('reads the year and serial of a number this window minted, with the default or a custom format', () => {
    for (const format of [defaultCaseNumberFormat, 'SL/{year}/{hall}_{desk}{serial}']) {
      const caseNo = formatCaseNumber(format, { hall: 'JC', desk: '03', year: 2026, serial: 1234567 });
      expect(readCaseNumber(format, caseNo, 'JC', '03')).toEqual({ year: 2026, serial: 1234567 });
    }
  });

  it("does not read another window's, another hall's or another format's number", () => {
    expect(readCaseNumber(defaultCaseNumberFormat, 'JC-04-2026-000003', 'JC', '03')).toBeNull();
    expect(readCaseNumber(defaultCaseNumberFormat, 'JCX-03-2026-000003', 'JC', '03')).toBeNull();
    expect(readCaseNumber(defaultCaseNumberFormat, 'JC-03-2026-000003-A', 'JC', '03')).toBeNull();
    expect(readCaseNumber('{hall}-{desk}-{year}-{serial}-{year}', 'JC-03-2026-000003-2026', 'JC', '03')).toBeNull();
  });
});
