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
  return deskPatterns(desk).some((pattern) => pattern.test(caseNo));
}

/**
 * Every event of a batch is read with the same patterns: building them once per desk and formats,
 * not per event, takes a few µs off each event of the hot path (issue 12). Keyed by their whole
 * input, so a desk that declares a new format gets new patterns; bounded, as desks come and go.
 */
const patternCache = new Map<string, RegExp[]>();
const patternCacheLimit = 1_000;

function deskPatterns(desk: DeskIdentity): RegExp[] {
  const key = [desk.hallCode, desk.deskNo, ...desk.caseNumberFormats].join('\u0000');
  const cached = patternCache.get(key);
  if (cached !== undefined) return cached;
  const formats = new Set([defaultCaseNumberFormat, ...desk.caseNumberFormats]);
  const patterns = [...formats].filter((format) => caseNumberFormatProblem(format) === null).map((format) => formatPattern(format, desk));
  if (patternCache.size >= patternCacheLimit) patternCache.clear();
  patternCache.set(key, patterns);
  return patterns;
}
