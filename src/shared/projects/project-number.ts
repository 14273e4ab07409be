/**
 * 全程代办 project numbers, numbered per desk like cases so no two desks give one number:
 *
 *   {hall}-{desk}-XM{year}-{serial}      e.g. JC-03-XM2026-0001
 *
 * `serial` is this desk's own counter for the year, at least four digits.
 */
export interface ProjectNumberParts {
  hall: string;
  desk: string;
  year: number;
  serial: number;
}

export function formatProjectNumber(parts: ProjectNumberParts): string {
  return `${parts.hall}-${parts.desk}-XM${parts.year}-${String(parts.serial).padStart(4, '0')}`;
}

const projectNumberPattern = /^(.+)-([^-]+)-XM(\d{4})-(\d{4,})$/;

export function parseProjectNumber(text: string): ProjectNumberParts | null {
  const match = projectNumberPattern.exec(text);
  if (!match) return null;
  return { hall: match[1]!, desk: match[2]!, year: Number(match[3]), serial: Number(match[4]) };
}
