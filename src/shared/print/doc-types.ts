import type { CaseState } from '../intake/case-types';
import type { DecisionKind } from '../intake/decision';

/**
 * The documents a window prints. Keys are English; what the paper says comes from the titles.
 * `typeCode` is the character(s) of the document number (see doc-number.ts); the 办事指南 is
 * not an official notice and carries no number.
 */
export const docTypes = [
  'acceptance-notice',
  'acceptance-receipt',
  'deferred-notice',
  'deferred-commitment',
  'correction-notice',
  'refusal-notice',
  'material-receipt',
  'delivery-receipt',
  'guide',
  /** 日结: a clerk's daily ledger; belongs to a clerk and a day, not to a case. */
  'daily-ledger',
  /** 代办进度单: a 全程代办 project's progress for the enterprise; belongs to a project, not to a case. */
  'project-progress',
] as const;
export type DocType = (typeof docTypes)[number];

/** Documents that belong to a case (everything but the item guide, the daily ledger and the 代办进度单). */
export type CaseDocType = Exclude<DocType, 'guide' | 'daily-ledger' | 'project-progress'>;
export const caseDocTypes = docTypes.filter((t): t is CaseDocType => t !== 'guide' && t !== 'daily-ledger' && t !== 'project-progress');

export const paperKinds = ['A4', 'roll80'] as const;
export type PaperKind = (typeof paperKinds)[number];
export const paperLabels: Record<PaperKind, string> = { A4: 'A4 纸', roll80: '80 mm 热敏卷纸' };

export interface DocTypeInfo {
  title: string;
  /** Shorter name for buttons. */
  label: string;
  typeCode: string | null;
  defaultPaper: PaperKind;
  /** Labels of the copies printed in one go (容缺受理通知书: applicant's and the file's). */
  copies: readonly string[];
}

export const docTypeInfo: Record<DocType, DocTypeInfo> = {
  'acceptance-notice': { title: '受理通知书', label: '受理通知书', typeCode: '受', defaultPaper: 'A4', copies: [''] },
  'acceptance-receipt': { title: '受理回执', label: '受理回执', typeCode: '回', defaultPaper: 'roll80', copies: [''] },
  'deferred-notice': {
    title: '容缺受理通知书',
    label: '容缺受理通知书',
    typeCode: '容',
    defaultPaper: 'A4',
    copies: ['第一联 申请人联', '第二联 存档联'],
  },
  /** Signed by the applicant at the window with the 容缺 notice; one copy each. */
  'deferred-commitment': {
    title: '容缺受理承诺书',
    label: '容缺受理承诺书',
    typeCode: '诺',
    defaultPaper: 'A4',
    copies: ['第一联 申请人联', '第二联 存档联'],
  },
  'correction-notice': { title: '一次性告知书', label: '一次性告知书', typeCode: '补', defaultPaper: 'A4', copies: [''] },
  'refusal-notice': { title: '不予受理通知书', label: '不予受理通知书', typeCode: '不受', defaultPaper: 'A4', copies: [''] },
  'material-receipt': { title: '收件凭证', label: '收件凭证', typeCode: '收', defaultPaper: 'A4', copies: [''] },
  /** Proof of hand-over at 出件, signed by the receiver. */
  'delivery-receipt': { title: '送达回证', label: '送达回证', typeCode: '送', defaultPaper: 'A4', copies: [''] },
  guide: { title: '办事指南', label: '办事指南', typeCode: null, defaultPaper: 'A4', copies: [''] },
  'daily-ledger': { title: '窗口日结单', label: '日结单', typeCode: null, defaultPaper: 'A4', copies: [''] },
  'project-progress': { title: '全程代办进度单', label: '代办进度单', typeCode: null, defaultPaper: 'A4', copies: [''] },
};

/** 一次性告知书 is also called 补正材料通知书; the paper carries both names. */
export const correctionNoticeSubtitle = '（补正材料通知书）';

/**
 * Which documents fit a case: 受理 and 容缺受理 → 受理通知书, 回执, 收件凭证 (and the 容缺
 * notice with the applicant's 承诺书); 一次性告知 → 告知书 and 收件凭证; 不予受理 → 不予受理通知书;
 * while a 补正 during processing is owed (待补正 after acceptance), its 告知书; once the result is
 * handed over (已出件), the 送达回证. The back end refuses any other, so a
 * refused case never gets an acceptance notice.
 */
export function documentsFor(state: CaseState, decision: DecisionKind): CaseDocType[] {
  if (state === 'voided') return [];
  if (state === 'refused' || decision === 'refuse') return ['refusal-notice'];
  const delivered: CaseDocType[] = state === 'delivered' ? ['delivery-receipt'] : [];
  if (decision === 'correction-notice') return ['correction-notice', 'material-receipt', ...delivered];
  // A 补正 during processing (the window's or a department's): its 补正材料通知书 while it is owed.
  const correcting: CaseDocType[] = state === 'awaiting-materials' ? ['correction-notice'] : [];
  if (decision === 'accept-deferred') {
    return [
      'acceptance-notice',
      'deferred-notice',
      'deferred-commitment',
      'acceptance-receipt',
      'material-receipt',
      ...correcting,
      ...delivered,
    ];
  }
  return ['acceptance-notice', 'acceptance-receipt', 'material-receipt', ...correcting, ...delivered];
}
