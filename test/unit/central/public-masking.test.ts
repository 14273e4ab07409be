import { describe, expect, it } from 'vitest';
import { intakeStateLabel } from '../../../src/central/public/intake-state-label';
import { maskApplicantName } from '../../../src/central/public/mask-name';
import { renderStatusPage } from '../../../src/central/public/status-page';

describe('maskApplicantName', () => {
  it('keeps the first and last character of a person, one star per hidden character', () => {
    expect(maskApplicantName('张三', 'person')).toBe('张*');
    expect(maskApplicantName('张小明', 'person')).toBe('张*明');
    expect(maskApplicantName('欧阳小明', 'person')).toBe('欧**明');
    expect(maskApplicantName('李', 'person')).toBe('*');
    expect(maskApplicantName('  王五 ', 'person')).toBe('王*');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskApplicantName('𠀋小明', 'person')).toBe('𠀋*明');
  });

  it('keeps the first two and last two characters of an enterprise', () => {
    expect(maskApplicantName('江川市某某科技有限公司', 'enterprise')).toBe('江川**公司');
    expect(maskApplicantName('某某公司', 'enterprise')).toBe('某**');
  });
});

describe('renderStatusPage', () => {
  it('escapes every value', () => {
    const html = renderStatusPage({ caseNo: 'A"<b>', items: ['<i>x</i>'], state: '已受理', promisedDate: null, applicantName: "张'*" });
    expect(html).toContain('A&quot;&lt;b&gt;');
    expect(html).toContain('&lt;i&gt;x&lt;/i&gt;');
    expect(html).toContain('张&#x27;*');
    expect(html).not.toContain('<b>');
  });
});

describe('intakeStateLabel', () => {
  it('labels a known state and shows any other word as sent, even one an object has by inheritance', () => {
    expect(intakeStateLabel('accepted')).toBe('已受理');
    expect(intakeStateLabel('on-hold-next-version')).toBe('on-hold-next-version');
    expect(intakeStateLabel('toString')).toBe('toString');
  });
});
