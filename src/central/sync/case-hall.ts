import { caseNumberFormatProblem, defaultCaseNumberFormat } from '../../shared/intake/case-number';

/** Who is asking, as the centre knows it from the enrolled credential (never from the payload). */
export interface DeskIdentity {
  hallCode: string;
  deskNo: string;
  /** Every number format the desk has declared (its settings events), the default included. */
  caseNumberFormats: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number read with one format, every part fixed by the credential except year and serial. */
function formatPattern(format: string, desk: DeskIdentity): RegExp {
  const pieces = format.split(/(\{hall\}|\{desk\}|\{year\}|\{serial\})/).map((piece) => {
    if (piece === '{hall}') return escapeRegExp(desk.hallCode);
    if (piece === '{desk}') return escapeRegExp(desk.deskNo);
    if (piece === '{year}') return '\\d{4}';
    if (piece === '{serial}') return '\\d{6,}';
    return escapeRegExp(piece);
  });
  return new RegExp(`^${pieces.join('')}$`);
}

/**
 * Whether a case number was minted by this desk: it must parse, whole, with one of the desk's own
 * formats, its hall and window being the credential's. Anything else is refused.
 */
export function caseNumberBelongsToDesk(caseNo: string, desk: DeskIdentity): boolean {
  const formats = new Set([defaultCaseNumberFormat, ...desk.caseNumberFormats]);
  return [...formats].some((format) => caseNumberFormatProblem(format) === null && formatPattern(format, desk).test(caseNo));
}
