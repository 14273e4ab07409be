import { z } from 'zod';
import type { CaseMaterialSpec } from './material-union';

/** What the clerk checked off for one material line. */
export const materialReceiptSchema = z.object({
  key: z.string().min(1).max(80),
  /** Only a conditional material may be marked as not applying to this applicant. */
  applicable: z.boolean().default(true),
  originals: z.int('份数应为整数').min(0, '份数不能为负').max(99, '份数过大'),
  copies: z.int('份数应为整数').min(0, '份数不能为负').max(99, '份数过大'),
  electronic: z.boolean().default(false),
});
export type MaterialReceiptInput = z.input<typeof materialReceiptSchema>;
export type MaterialReceipt = z.output<typeof materialReceiptSchema>;

export type MaterialStatus = 'received' | 'missing' | 'not-applicable';

export const materialStatusLabels: Record<MaterialStatus | 'deferred', string> = {
  received: '已收',
  missing: '缺',
  'not-applicable': '不适用',
  deferred: '容缺后补',
};

/**
 * A material is in when the paper counts are met, or when it came electronically and the
 * item accepts it electronically. Paper-only materials need their originals and copies.
 */
export function materialStatus(spec: CaseMaterialSpec, receipt: MaterialReceipt | undefined): MaterialStatus {
  if (spec.necessity === 'conditional' && receipt && !receipt.applicable) return 'not-applicable';
  if (!receipt) return 'missing';
  const paperMet = spec.media.includes('paper') && receipt.originals >= spec.originals && receipt.copies >= spec.copies;
  const electronicMet = spec.media.includes('electronic') && receipt.electronic;
  return paperMet || electronicMet ? 'received' : 'missing';
}

export interface MaterialLine {
  spec: CaseMaterialSpec;
  receipt: MaterialReceipt;
  status: MaterialStatus;
}

export interface MaterialAssessment {
  lines: MaterialLine[];
  missing: MaterialLine[];
  /** Missing and not 容缺-eligible: these block 受理 and 容缺受理. */
  missingBlocking: MaterialLine[];
  missingDeferrable: MaterialLine[];
}

/**
 * The receipt as it is kept: a conditional line marked 不适用 was not received, so whatever
 * counts came with it are dropped (the paper must never list it); only conditional lines may
 * be 不适用.
 */
export function normaliseReceipt(spec: CaseMaterialSpec, receipt: MaterialReceipt): MaterialReceipt {
  if (spec.necessity !== 'conditional') return receipt.applicable ? receipt : { ...receipt, applicable: true };
  return receipt.applicable ? receipt : { ...receipt, originals: 0, copies: 0, electronic: false };
}

export function assessMaterials(specs: readonly CaseMaterialSpec[], receipts: readonly MaterialReceipt[]): MaterialAssessment {
  const byKey = new Map(receipts.map((r) => [r.key, r]));
  const lines = specs.map((spec) => {
    const receipt = normaliseReceipt(
      spec,
      byKey.get(spec.key) ?? { key: spec.key, applicable: true, originals: 0, copies: 0, electronic: false },
    );
    return { spec, receipt, status: materialStatus(spec, receipt) };
  });
  const missing = lines.filter((line) => line.status === 'missing');
  return {
    lines,
    missing,
    missingBlocking: missing.filter((line) => line.spec.necessity !== 'deferrable'),
    missingDeferrable: missing.filter((line) => line.spec.necessity === 'deferrable'),
  };
}
