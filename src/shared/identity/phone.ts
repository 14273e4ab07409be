import type { IdCheck } from './id-check';
import { idInvalid } from './id-check';
import { toHalfWidth } from './normalize-input';

/**
 * 联系电话: a mainland mobile number, or a landline with optional area code and extension
 * (010-12345678, 0571-87654321转123, 87654321-12).
 */
const LABEL = '联系电话';
const FORMAT_HINT = '手机号为11位数字；固定电话如 010-12345678、0571-87654321，分机可写作 -123 或 转123';

const COUNTRY_PREFIX = /^(?:\+86|0086)-?/;
/** 010 and 02X are three digits; every other mainland area code is 0 plus three digits. */
const AREA_CODE = /^0(?:10|2\d|[3-9]\d{2})/;
const ALLOWED_CHARS = /[^0-9\-+转]/;

function checkMobile(digitsAndHyphens: string): IdCheck {
  const digits = digitsAndHyphens.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) return idInvalid(`${LABEL}格式不正确：${FORMAT_HINT}`);
  if (digits.length !== 11) return idInvalid(`手机号应为11位数字，当前为${digits.length}位`);
  if (!/^1[3-9]/.test(digits)) return idInvalid(`手机号第2位应为3–9，当前为 ${digits.charAt(1)}`);
  return { ok: true, normalized: digits };
}

function checkLandline(phone: string): IdCheck {
  let rest = phone;
  if (rest.startsWith('0')) {
    const area = AREA_CODE.exec(rest);
    if (area === null) return idInvalid('固定电话区号无效：区号应为 010、02X 或 0 加3位数字（如 0571）');
    rest = rest.slice(area[0].length).replace(/^-/, '');
  }
  const parts = /^(\d*)(?:(?:-|转)(.*))?$/.exec(rest);
  const number = parts?.[1] ?? '';
  const extension = parts?.[2];
  if (parts === null || !/^\d{7,8}$/.test(number)) {
    return idInvalid(`固定电话号码应为7–8位数字${phone.startsWith('0') ? '（不含区号）' : ''}，${FORMAT_HINT}`);
  }
  if (extension !== undefined && !/^\d{1,6}$/.test(extension)) {
    return idInvalid('分机号应为1–6位数字，如 010-12345678-123 或 010-12345678转123');
  }
  return { ok: true, normalized: phone };
}

export function checkPhone(raw: string): IdCheck {
  const phone = toHalfWidth(raw).replace(/\s+/g, '');
  if (phone.length === 0) return idInvalid(`${LABEL}不能为空`);

  const badChar = ALLOWED_CHARS.exec(phone);
  if (badChar !== null) {
    return idInvalid(`${LABEL}中的“${badChar[0]}”无效，只能包含数字、“-”和“转”`);
  }

  const withoutCountry = phone.replace(COUNTRY_PREFIX, '');
  if (withoutCountry !== phone || withoutCountry.startsWith('1')) {
    return checkMobile(withoutCountry);
  }
  if (withoutCountry.includes('+')) return idInvalid(`${LABEL}格式不正确：${FORMAT_HINT}`);
  return checkLandline(phone);
}
