/**
 * What the window physically received, counted ONE way for every document (收件凭证, 受理回执,
 * 受理通知书, 日结…): a line counts when it applies to this applicant and something of it was
 * handed over (paper or electronic). A 情形必须 line marked 不适用 is never "received", whatever
 * counts came with it; a 容缺 line not yet brought is not either.
 */
export interface ReceivedCounts {
  status: 'received' | 'missing' | 'deferred' | 'not-applicable';
  receivedOriginals: number;
  receivedCopies: number;
  receivedElectronic: boolean;
}

export interface ReceivedTotals {
  /** Lines (件) received. */
  lines: number;
  originals: number;
  copies: number;
  electronic: number;
}

export function isReceived(m: ReceivedCounts): boolean {
  if (m.status === 'not-applicable') return false;
  return m.receivedOriginals + m.receivedCopies > 0 || m.receivedElectronic;
}

export function receivedMaterials<T extends ReceivedCounts>(materials: readonly T[]): T[] {
  return materials.filter(isReceived);
}

export function receivedTotals(materials: readonly ReceivedCounts[]): ReceivedTotals {
  return receivedMaterials(materials).reduce<ReceivedTotals>(
    (sum, m) => ({
      lines: sum.lines + 1,
      originals: sum.originals + m.receivedOriginals,
      copies: sum.copies + m.receivedCopies,
      electronic: sum.electronic + Number(m.receivedElectronic),
    }),
    { lines: 0, originals: 0, copies: 0, electronic: 0 },
  );
}
