import { Button } from 'antd';
import { useState } from 'react';
import type { CaseState } from '../../shared/intake/case-types';
import type { DecisionKind } from '../../shared/intake/decision';
import { docTypeInfo, documentsFor, type CaseDocType } from '../../shared/print/doc-types';
import { PrintPreviewModal, type PrintSource } from './PrintPreviewModal';

export interface PrintButtonsProps {
  caseNo: string;
  state: CaseState;
  decision: DecisionKind;
  onPrinted?(documentId: number): void;
  /** A document whose preview opens at once (the receipt straight after registration). */
  openFirst?: CaseDocType;
}

/**
 * The documents that fit a case, one button each, opening the preview: 受理 / 容缺受理 →
 * 受理通知书, 回执, 收件凭证 (and the 容缺受理通知书); 一次性告知 → 一次性告知书 and 收件凭证;
 * 不予受理 → 不予受理通知书.
 */
export function PrintButtons({ caseNo, state, decision, onPrinted, openFirst }: PrintButtonsProps) {
  const [source, setSource] = useState<PrintSource | null>(null);
  // Opens when asked (the result dialog asks once its own opening ends), keyed by the request alone.
  const [askedFor, setAskedFor] = useState<CaseDocType | undefined>(undefined);
  if (openFirst !== askedFor) {
    setAskedFor(openFirst);
    if (openFirst && documentsFor(state, decision).includes(openFirst)) setSource({ kind: 'case', caseNo, docType: openFirst });
  }
  return (
    <div className="print-buttons" data-testid="print-buttons">
      {documentsFor(state, decision).map((docType) => (
        <Button key={docType} data-testid={`print-${docType}`} onClick={() => setSource({ kind: 'case', caseNo, docType })}>
          打印{docTypeInfo[docType].label}
        </Button>
      ))}
      <PrintPreviewModal source={source} onClose={() => setSource(null)} {...(onPrinted ? { onPrinted } : {})} />
    </div>
  );
}

/** 打印办事指南 for an item, with no case. */
export function GuidePrintButton({ code }: { code: string }) {
  const [source, setSource] = useState<PrintSource | null>(null);
  return (
    <>
      <Button data-testid="print-guide" onClick={() => setSource({ kind: 'guide', code })}>
        打印办事指南
      </Button>
      <PrintPreviewModal source={source} onClose={() => setSource(null)} />
    </>
  );
}
