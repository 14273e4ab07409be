import { describe, expect, it } from 'vitest';
import { addCalendarDays, chineseDate, chineseDateOf, chineseDateTime } from '../../../src/shared/print/chinese-date';
import { formatDocNumber, parseDocNumber } from '../../../src/shared/print/doc-number';
import { docTypeInfo, documentsFor } from '../../../src/shared/print/doc-types';
import { maskIdNumber, printedIdNumber } from '../../../src/shared/print/mask';
import { allowedPapers, defaultPrintSettings, printSettingsSchema } from '../../../src/shared/print/print-settings';
import { queryCodePattern, statusUrl } from '../../../src/shared/print/status-url';
import { newQueryCode } from '../../../src/main/services/printing/query-code';

describe('document numbers', () => {
  it('read short code, type, year, desk and a six-digit serial', () => {
    expect(formatDocNumber({ short: 'JC', typeCode: '受', year: 2026, desk: '03', serial: 12 })).toBe('JC受字〔2026〕第03-000012号');
    expect(formatDocNumber({ short: '江政服', typeCode: '不受', year: 2027, desk: '11', serial: 1234567 })).toBe(
      '江政服不受字〔2027〕第11-1234567号',
    );
  });

  it('parse back into their parts', () => {
    expect(parseDocNumber('JC补字〔2026〕第03-000007号')).toEqual({ short: 'JC', typeCode: '补', year: 2026, desk: '03', serial: 7 });
    expect(parseDocNumber('JC不受字〔2026〕第03-000001号')?.typeCode).toBe('不受');
    expect(parseDocNumber('JC-03-2026-000001')).toBeNull();
  });

  it('parse back for every numbered type (诺, 送 included)', () => {
    for (const info of Object.values(docTypeInfo).filter((i) => i.typeCode !== null)) {
      const parts = { short: 'JC', typeCode: info.typeCode!, year: 2026, desk: '03', serial: 42 };
      expect(parseDocNumber(formatDocNumber(parts)), info.title).toEqual(parts);
    }
  });
});

describe('ID numbers on paper', () => {
  it('keep the first and last four characters when masked', () => {
    expect(maskIdNumber('420106199001011234')).toBe('4201**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('H1234567')).toBe('H******7');
  });

  it('mask a person’s ID only when asked, and never a credit code', () => {
    expect(printedIdNumber('420106199001011234', 'resident', true)).toBe('4201**********1234');
    expect(printedIdNumber('420106199001011234', 'resident', false)).toBe('420106199001011234');
    expect(printedIdNumber('91350100M000100Y43', 'credit-code', true)).toBe('91350100M000100Y43');
  });
});

describe('dates written out', () => {
  it('have no leading zeros', () => {
    expect(chineseDate('2026-03-09')).toBe('2026年3月9日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
    expect(() => chineseDate('2026/03/09')).toThrow();
  });

  it('take instants in the hall’s time zone', () => {
    // 2026-03-01 23:30 UTC is already 2 March 07:30 in the hall.
    expect(chineseDateOf('2026-03-01T23:30:00Z')).toBe('2026年3月2日');
    expect(chineseDateTime(new Date('2026-03-02T01:30:00Z'))).toBe('2026年3月2日 09:30');
  });

  it('add calendar days across months', () => {
    expect(addCalendarDays('2026-03-02', 30)).toBe('2026-04-01');
    expect(addCalendarDays('2026-12-20', 15)).toBe('2027-01-04');
  });
});

describe('query codes and status URLs', () => {
  it('are eleven characters (54 bits) of an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) expect(newQueryCode()).toMatch(queryCodePattern);
    expect(newQueryCode()).toHaveLength(11);
    expect(queryCodePattern.test('ABC1O0')).toBe(false);
  });

  it('put the case number and the code in the status URL', () => {
    expect(statusUrl('https://zwfw.example.gov.cn/', 'JC-03-2026-000001', 'K7PX2M')).toBe(
      'https://zwfw.example.gov.cn/status?case=JC-03-2026-000001&code=K7PX2M',
    );
  });
});

describe('documents offered for a case', () => {
  it('follow the decision', () => {
    expect(documentsFor('accepted', 'accept')).toEqual(['acceptance-notice', 'acceptance-receipt', 'material-receipt']);
    expect(documentsFor('accepted', 'accept-deferred')).toContain('deferred-notice');
    expect(documentsFor('awaiting-materials', 'correction-notice')).toEqual(['correction-notice', 'material-receipt']);
    expect(documentsFor('refused', 'refuse')).toEqual(['refusal-notice']);
  });
});

describe('print settings', () => {
  it('default to masked IDs on receipts, no status site (the hall must set its own) and the receipt on the roll', () => {
    const settings = defaultPrintSettings();
    expect(settings).toMatchObject({ maskIdOnReceipts: true, statusBaseUrl: '', sealImage: null });
    expect(settings.documents['acceptance-receipt'].paper).toBe('roll80');
    expect(settings.documents['acceptance-notice'].paper).toBe('A4');
    expect(allowedPapers('acceptance-notice')).toEqual(['A4']);
  });

  it('refuse a seal that is not a PNG or JPEG data URL', () => {
    const bad = printSettingsSchema.safeParse({ ...defaultPrintSettings(), sealImage: 'javascript:alert(1)' });
    expect(bad.success).toBe(false);
  });
});
