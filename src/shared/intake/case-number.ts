/**
 * Case numbers are unique across every desk with no network, by construction: the hall code,
 * the desk number, the year and this desk's own serial. A hall chooses how they read, but the
 * template must keep all four parts, or two desks could print the same number.
 */
export const defaultCaseNumberFormat = '{hall}-{desk}-{year}-{serial}';

export interface CaseNumberParts {
  hall: string;
  desk: string;
  year: number;
  serial: number;
}

const requiredTokens = ['{hall}', '{desk}', '{year}', '{serial}'] as const;

export function caseNumberFormatProblem(template: string): string | null {
  const missing = requiredTokens.filter((token) => !template.includes(token));
  if (missing.length > 0) return `编号格式必须包含 ${missing.join('、')}，否则不同窗口可能产生相同编号`;
  if (!/^[{}A-Za-z0-9_\-/]*$/.test(template.replace(/\{(hall|desk|year|serial)\}/g, ''))) {
    return '编号格式中只能使用字母、数字和 - _ / 作为分隔';
  }
  return hallStandsAlone(template) ? null : '编号格式中的 {hall} 前后须为分隔符（- _ /）或编号的开头、结尾，否则编号可能与其他大厅的相混';
}

/**
 * The hall code must be a part of its own: with `{hall}X-…` hall JC would mint numbers that read
 * as hall JCX's, and `{hall}{desk}` cannot tell hall JC's window X1 from hall JCX's window 1.
 */
function hallStandsAlone(template: string): boolean {
  const at = template.indexOf('{hall}');
  const bounded = (c: string) => c === '' || '-_/'.includes(c);
  return bounded(at === 0 ? '' : template.charAt(at - 1)) && bounded(template.charAt(at + '{hall}'.length));
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  return template
    .replace('{hall}', parts.hall)
    .replace('{desk}', parts.desk)
    .replace('{year}', String(parts.year))
    .replace('{serial}', String(parts.serial).padStart(6, '0'));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The year and serial of a number minted with `template` by this hall's window `desk`; null when it is not one. */
export function readCaseNumber(template: string, caseNo: string, hall: string, desk: string): { year: number; serial: number } | null {
  const pieces = template.split(/(\{hall\}|\{desk\}|\{year\}|\{serial\})/).map((piece) => {
    if (piece === '{hall}') return escapeRegExp(hall);
    if (piece === '{desk}') return escapeRegExp(desk);
    if (piece === '{year}') return '(?<year>\\d{4})';
    if (piece === '{serial}') return '(?<serial>\\d{6,})';
    return escapeRegExp(piece);
  });
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^${pieces.join('')}$`);
  } catch {
    return null; // a template naming {year} or {serial} twice: none of its numbers is read back
  }
  const groups = pattern.exec(caseNo)?.groups;
  return groups?.year && groups.serial ? { year: Number(groups.year), serial: Number(groups.serial) } : null;
}
