import { Alert, App, Button, Modal, Space, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PrintDocument } from '../../print-templates/PrintDocument';
import { documentCss } from '../../print-templates/styles';
import type { CaseDocType } from '../../shared/print/doc-types';
import { paperLabels } from '../../shared/print/doc-types';
import type { PrintData } from '../../shared/print/print-data';
import { call } from '../api/client';
import { useHotkey } from '../keyboard/use-hotkey';
import { downloadCaseDocument, openTabForPdf, printCaseDocument, printGuide } from './print-actions';
import { callKey } from '../data/query-keys';
import { useInvalidate } from '../data/use-call';
import './print-fonts';
import './print-preview.css';

export type PrintSource = { kind: 'case'; caseNo: string; docType: CaseDocType } | { kind: 'guide'; code: string };

export interface PrintPreviewModalProps {
  source: PrintSource | null;
  onClose(): void;
  /** After a successful print, e.g. to refresh a list of printed documents. */
  onPrinted?(documentId: number): void;
}

/** Screen px per mm at 96 dpi, and the width the A4 preview is scaled to fit. */
const pxPerMm = 96 / 25.4;
const previewWidthPx = 640;

/** The document as the template will print it: a case's document or an item's 办事指南. */
function usePreview(source: PrintSource | null) {
  return useQuery<PrintData, Error>({
    queryKey:
      source?.kind === 'case'
        ? callKey('print.preview', { caseNo: source.caseNo, docType: source.docType })
        : callKey('print.guidePreview', { code: source?.code ?? '' }),
    queryFn: () =>
      source?.kind === 'case'
        ? call('print.preview', { caseNo: source.caseNo, docType: source.docType })
        : call('print.guidePreview', { code: source?.code ?? '' }),
    enabled: source !== null,
    // A closed preview is forgotten: the next opening shows the next number, never a stale one.
    gcTime: 0,
  });
}

/**
 * The print preview: the same React template the back end turns into the PDF, rendered live
 * at scale. 打印 has the back end render and keep the PDF, then prints it (desktop: the hall's
 * printer or the system dialog; browser: the stored PDF in a new tab); 下载PDF saves it.
 */
export function PrintPreviewModal({ source, onClose, onPrinted }: PrintPreviewModalProps) {
  const { message } = App.useApp();
  const preview = usePreview(source);
  const data = preview.data ?? null;
  const error = preview.error?.message ?? null;
  const [busy, setBusy] = useState<'print' | 'download' | null>(null);
  // After a print the preview loads again: it shows the number and 补打 of the next one.
  const invalidate = useInvalidate();
  const printRef = useRef<HTMLButtonElement>(null);

  // The clerk's next key is 打印 (Enter or Ctrl+P); Esc closes.
  useEffect(() => {
    if (data) printRef.current?.focus();
  }, [data]);
  useHotkey('Ctrl+P', () => void run('print'), source !== null && data !== null && busy === null);

  async function run(kind: 'print' | 'download') {
    if (!source) return;
    const tab = kind === 'print' && source.kind === 'case' ? openTabForPdf() : null;
    setBusy(kind);
    try {
      if (source.kind === 'guide') {
        await printGuide(source.code, kind === 'print' ? 'open' : 'download');
      } else if (kind === 'download') {
        const { previewCopy } = await downloadCaseDocument(source.caseNo, source.docType);
        if (previewCopy) void message.info('已下载预览件（未正式打印，不编文号）；正式文书请点“打印”');
      } else {
        const outcome = await printCaseDocument(source.caseNo, source.docType, tab);
        const how = { silent: '已发送到打印机', dialog: '已打开打印对话框', browser: '已在新窗口打开 PDF，请在其中打印' }[outcome.via];
        void message.success(`${outcome.reprint ? '补打' : '打印'} ${outcome.docNo}：${how}`);
        void invalidate('documentPrinted');
        onPrinted?.(outcome.documentId);
      }
    } catch (caught) {
      void message.error(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  }

  const paperWidthMm = data?.paper === 'roll80' ? 80 : 210;
  const scale = Math.min(1, previewWidthPx / (paperWidthMm * pxPerMm));
  return (
    <Modal
      open={source !== null}
      onCancel={onClose}
      width={previewWidthPx + 80}
      // At 1366x768 the footer with 打印 must stay on screen: the sheet scrolls inside instead.
      style={{ top: 12, paddingBottom: 0 }}
      // A dialog underneath (the registration result) takes focus when its opening ends; take it back.
      afterOpenChange={(open) => open && printRef.current?.focus()}
      destroyOnHidden
      title={
        <Space>
          <span>打印预览：{data?.title ?? ''}</span>
          {data?.reprint && <Tag color="red">补打</Tag>}
          {data && <Tag>{paperLabels[data.paper]}</Tag>}
        </Space>
      }
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button data-testid="print-download" disabled={!data} loading={busy === 'download'} onClick={() => void run('download')}>
            下载PDF
          </Button>
          <Button
            ref={printRef}
            type="primary"
            data-testid="print-submit"
            disabled={!data}
            loading={busy === 'print'}
            onClick={() => void run('print')}
          >
            {data?.reprint ? '补打' : '打印'} (Ctrl+P)
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!data && !error && <Spin className="page-spinner" />}
      {data && (
        <div className="print-preview" data-testid="print-preview">
          <style>{documentCss}</style>
          <div className="print-preview-viewport" style={{ height: 'min(calc(100vh - 190px), 900px)' }}>
            <div className="print-preview-sheet" style={{ width: `${paperWidthMm}mm`, zoom: scale }}>
              <PrintDocument data={data} />
            </div>
          </div>
          <div className="print-preview-note">预览为连续版面，分页、页码与页眉以打印件为准。</div>
        </div>
      )}
    </Modal>
  );
}
