import type { MaterialReceipt } from './material-check';
import type { CaseMaterialSpec } from './material-union';

/**
 * A 情形 the clerk answers once with yes/no, deciding every conditional (情形必须) line that
 * names it. The catalogue states conditions as free text ("委托他人办理的"), so lines are grouped
 * by their exact condition text and the question is that text asked: "委托他人办理？".
 */
export interface Situation {
  condition: string;
  question: string;
  /** Keys of the conditional lines this answer decides, in list order. */
  keys: string[];
}

/** "家庭经营的" → "家庭经营？"; "已婚职工申请的（用于…）" → "已婚职工申请？（用于…）". */
export function questionFor(condition: string): string {
  return condition
    .split('；')
    .map((part) => {
      const trimmed = part.trim();
      const match = /^(.*?)的?((?:（[^）]*）)?)$/.exec(trimmed);
      return match ? `${match[1]}？${match[2]}` : `${trimmed}？`;
    })
    .join('');
}

/** The questions to ask for a case's material list, in the order their lines first appear. */
export function situationsOf(specs: readonly CaseMaterialSpec[]): Situation[] {
  const byCondition = new Map<string, Situation>();
  for (const spec of specs) {
    if (spec.necessity !== 'conditional') continue;
    const condition = spec.condition ?? '其他情形';
    const found = byCondition.get(condition);
    if (found) found.keys.push(spec.key);
    else byCondition.set(condition, { condition, question: questionFor(condition), keys: [spec.key] });
  }
  return [...byCondition.values()];
}

/**
 * The receipts as the answers make them: a conditional line applies exactly when its 情形 is
 * answered yes; a line that does not apply carries no counts (nothing was received for it).
 * Required and 可容缺 lines always apply.
 */
export function applySituations(
  specs: readonly CaseMaterialSpec[],
  receipts: Readonly<Record<string, MaterialReceipt>>,
  applies: (condition: string) => boolean,
): MaterialReceipt[] {
  return specs.map((spec) => {
    const receipt = receipts[spec.key] ?? { key: spec.key, applicable: true, originals: 0, copies: 0, electronic: false };
    if (spec.necessity !== 'conditional') return { ...receipt, applicable: true };
    if (applies(spec.condition ?? '其他情形')) return { ...receipt, applicable: true };
    return { key: spec.key, applicable: false, originals: 0, copies: 0, electronic: false };
  });
}

/**
 * 全部收齐 (F7): every required and 可容缺 line is marked received at its full counts; a
 * 情形必须 line is left as it is, decided by its 情形 and counted by the clerk.
 */
export function fillAllReceipts(
  specs: readonly CaseMaterialSpec[],
  receipts: Readonly<Record<string, MaterialReceipt>>,
): Record<string, MaterialReceipt> {
  const next = { ...receipts };
  for (const spec of specs) {
    if (spec.necessity === 'conditional') continue;
    const receipt = receipts[spec.key] ?? { key: spec.key, applicable: true, originals: 0, copies: 0, electronic: false };
    const paper = spec.media.includes('paper');
    next[spec.key] = {
      ...receipt,
      applicable: true,
      originals: spec.originals,
      copies: spec.copies,
      electronic: !paper || receipt.electronic,
    };
  }
  return next;
}
