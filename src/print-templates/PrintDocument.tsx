/** @jsxRuntime automatic */
import type { ComponentType } from 'react';
import type { DocType } from '../shared/print/doc-types';
import type { PrintData } from '../shared/print/print-data';
import { AcceptanceNotice } from './documents/AcceptanceNotice';
import { AcceptanceReceipt } from './documents/AcceptanceReceipt';
import { CorrectionNotice } from './documents/CorrectionNotice';
import { DeferredCommitment } from './documents/DeferredCommitment';
import { DailyLedger } from './documents/DailyLedger';
import { DeferredNotice } from './documents/DeferredNotice';
import { DeliveryReceipt } from './documents/DeliveryReceipt';
import { Guide } from './documents/Guide';
import { MaterialReceipt } from './documents/MaterialReceipt';
import { ProjectProgress } from './documents/ProjectProgress';
import { RefusalNotice } from './documents/RefusalNotice';
import type { DocProps } from './parts';

const documents: Record<DocType, ComponentType<DocProps>> = {
  'acceptance-notice': AcceptanceNotice,
  'acceptance-receipt': AcceptanceReceipt,
  'deferred-notice': DeferredNotice,
  'deferred-commitment': DeferredCommitment,
  'correction-notice': CorrectionNotice,
  'refusal-notice': RefusalNotice,
  'material-receipt': MaterialReceipt,
  'delivery-receipt': DeliveryReceipt,
  guide: Guide,
  'daily-ledger': DailyLedger,
  'project-progress': ProjectProgress,
};

/**
 * One printed document, every copy of it (the 容缺 notice has two, each from a new page). The
 * renderer's preview shows exactly this; the back end renders it to static HTML for the PDF.
 */
export function PrintDocument({ data }: { data: PrintData }) {
  const Body = documents[data.docType];
  return (
    <div className={`pd-root ${data.paper === 'roll80' ? 'pd-roll' : 'pd-a4'}`} data-doc-type={data.docType}>
      {data.copies.map((label, index) => (
        <section className="pd-copy" key={index}>
          <Body data={data} copyLabel={label} />
        </section>
      ))}
    </div>
  );
}
