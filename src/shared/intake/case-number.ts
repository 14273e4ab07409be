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
  return null;
}

export function formatCaseNumber(template: string, parts: CaseNumberParts): string {
  return template
    .replace('{hall}', parts.hall)
    .replace('{desk}', parts.desk)
    .replace('{year}', String(parts.year))
    .replace('{serial}', String(parts.serial).padStart(6, '0'));
}
