import { docTypeInfo } from './doc-types';

/**
 * Document numbers (文号) of printed notices:
 *
 *   {short}{type}字〔{year}〕第{desk}-{serial}号      e.g. JC受字〔2026〕第03-000012号
 *
 * `short` is the hall's short code (a print setting, by default the hall code), `type` the
 * document type's character(s) (受 回 容 补 不受 收, see doc-types.ts), `year` the year of
 * printing, and `serial` this desk's own counter for that type and year, six digits. The desk
 * number sits in front of the serial for the same reason it is part of the case number: every
 * desk numbers offline, so two desks of one hall must never print the same number. A reprint
 * (补打) keeps the number of the original.
 */
export interface DocNumberParts {
  short: string;
  typeCode: string;
  year: number;
  desk: string;
  serial: number;
}

export function formatDocNumber(parts: DocNumberParts): string {
  return `${parts.short}${parts.typeCode}字〔${parts.year}〕第${parts.desk}-${String(parts.serial).padStart(6, '0')}号`;
}

/** Every numbered type's character(s), from doc-types.ts, so a new type is read as soon as it is printed. */
const typeCodes = Object.values(docTypeInfo).flatMap((info) => (info.typeCode ? [info.typeCode] : []));

export const docNumberPattern = new RegExp(`^(.+?)(${typeCodes.join('|')})字〔(\\d{4})〕第([A-Z0-9]{1,4})-(\\d{6,})号$`);

export function parseDocNumber(text: string): DocNumberParts | null {
  const match = docNumberPattern.exec(text);
  if (!match) return null;
  return { short: match[1]!, typeCode: match[2]!, year: Number(match[3]), desk: match[4]!, serial: Number(match[5]) };
}
