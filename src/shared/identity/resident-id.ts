import type { IdCheck } from './id-check';
import { idInvalid } from './id-check';
import { checkGb11643Code } from './gb11643';
import { normalizeIdInput } from './normalize-input';

/**
 * 公民身份号码 (GB 11643-1999), the number on the 居民身份证.
 */
const LABEL = '身份证号';

/** First two digits: the province-level divisions of GB/T 2260, plus 71 台湾, 81 香港, 82 澳门, 91 国外. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '91',
]);

function checkProvince(first6: string): string | null {
  const province = first6.slice(0, 2);
  if (PROVINCE_CODES.has(province)) return null;
  return `${LABEL}前两位 ${province} 不是有效的省级行政区划代码`;
}

/** `today` is injectable so the "not in the future" rule is testable. */
export function checkResidentId(raw: string, today: Date = new Date()): IdCheck {
  const code = normalizeIdInput(raw);
  if (code.length === 0) return idInvalid(`${LABEL}不能为空`);
  if (/^\d{15}$/.test(code)) {
    // First-generation cards carried 15 digits; they have not been valid since 2013.
    return idInvalid(`${LABEL}应为18位，当前为15位（15位旧号码已停用，请按申请人现用身份证填写）`);
  }
  return checkGb11643Code(code, { label: LABEL, today, checkRegion: checkProvince });
}
