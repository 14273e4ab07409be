import type { IdCheck } from './id-check';
import { idInvalid } from './id-check';
import type { IdKind } from './id-types';
import { checkGb11643Code, checkGb11643CheckChar, findGb11643CharProblem } from './gb11643';
import { normalizeIdInput } from './normalize-input';

/**
 * Identity documents other than the resident ID. Apart from the residence permit, which is a
 * full GB 11643 code, these are format checks: the issuers publish no checksum we can verify.
 */
export type OtherIdKind = Exclude<IdKind, 'resident'>;

const RESIDENCE_PERMIT_LABEL = '港澳台居民居住证号码';
const RESIDENCE_PERMIT_PREFIXES: ReadonlySet<string> = new Set(['810000', '820000', '830000']);

function checkResidencePermit(code: string, today: Date): IdCheck {
  return checkGb11643Code(code, {
    label: RESIDENCE_PERMIT_LABEL,
    today,
    checkRegion: (first6) =>
      RESIDENCE_PERMIT_PREFIXES.has(first6)
        ? null
        : `${RESIDENCE_PERMIT_LABEL}前6位应为 810000（香港）、820000（澳门）或 830000（台湾），当前为 ${first6}`,
  });
}

const FOREIGN_LABEL = '外国人永久居留身份证号码';

/**
 * Two generations are in circulation: the 2017 card (3-letter nationality code + 12 digits) and
 * the 2023 card, which follows the GB 11643 layout with a leading 9 and the same check character.
 */
function checkForeignPermanent(code: string): IdCheck {
  if (code.length === 15) {
    return /^[A-Z]{3}\d{12}$/.test(code) ? { ok: true, normalized: code } : idInvalid(`${FOREIGN_LABEL}（旧版15位）应为3位字母加12位数字`);
  }
  if (code.length === 18) {
    if (code.charAt(0) !== '9') return idInvalid(`${FOREIGN_LABEL}（新版18位）应以 9 开头`);
    const problem = findGb11643CharProblem(code, FOREIGN_LABEL) ?? checkGb11643CheckChar(code, FOREIGN_LABEL);
    return problem === null ? { ok: true, normalized: code } : idInvalid(problem);
  }
  return idInvalid(`${FOREIGN_LABEL}应为15位（旧版：3位字母加12位数字）或18位（新版：以9开头），当前为${code.length}位`);
}

const PASSPORT_LABEL = '护照号码';

function checkPassport(code: string): IdCheck {
  const badChar = /[^0-9A-Z]/.exec(code);
  if (badChar !== null) {
    return idInvalid(`${PASSPORT_LABEL}只能包含字母和数字，第${badChar.index + 1}位“${badChar[0]}”无效`);
  }
  if (code.length < 5 || code.length > 20) {
    return idInvalid(`${PASSPORT_LABEL}应为5–20位字母或数字，当前为${code.length}位`);
  }
  return { ok: true, normalized: code };
}

const HK_MO_PERMIT_LABEL = '港澳居民来往内地通行证号码';

function checkHkMoPermit(code: string): IdCheck {
  if (!/^[HM]/.test(code)) {
    return idInvalid(`${HK_MO_PERMIT_LABEL}应以 H（香港）或 M（澳门）开头`);
  }
  if (!/^[HM](\d{8}|\d{10})$/.test(code)) {
    return idInvalid(`${HK_MO_PERMIT_LABEL}应为 H 或 M 加8位或10位数字`);
  }
  return { ok: true, normalized: code };
}

const TW_PERMIT_LABEL = '台湾居民来往大陆通行证号码';

function checkTwPermit(code: string): IdCheck {
  if (!/^\d+$/.test(code)) return idInvalid(`${TW_PERMIT_LABEL}应为8位数字，不能包含字母或符号`);
  if (code.length !== 8) return idInvalid(`${TW_PERMIT_LABEL}应为8位数字，当前为${code.length}位`);
  return { ok: true, normalized: code };
}

const checkers: Record<OtherIdKind, (code: string, today: Date) => IdCheck> = {
  'hk-mo-tw-residence': checkResidencePermit,
  'foreign-permanent': checkForeignPermanent,
  passport: checkPassport,
  'hk-mo-permit': checkHkMoPermit,
  'tw-permit': checkTwPermit,
};

const emptyMessages: Record<OtherIdKind, string> = {
  'hk-mo-tw-residence': `${RESIDENCE_PERMIT_LABEL}不能为空`,
  'foreign-permanent': `${FOREIGN_LABEL}不能为空`,
  passport: `${PASSPORT_LABEL}不能为空`,
  'hk-mo-permit': `${HK_MO_PERMIT_LABEL}不能为空`,
  'tw-permit': `${TW_PERMIT_LABEL}不能为空`,
};

/** `today` only matters for documents that encode a birth date. */
export function checkOtherId(kind: OtherIdKind, raw: string, today: Date = new Date()): IdCheck {
  const code = normalizeIdInput(raw);
  if (code.length === 0) return idInvalid(emptyMessages[kind]);
  return checkers[kind](code, today);
}
