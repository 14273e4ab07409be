import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { DocumentSummary } from '../../../shared/contract/print-endpoints';
import { call } from '../../api/client';
import { useCallQuery } from '../../data/use-call';
import { isDesktopShell } from '../../print';
import { saveBlob } from '../../print/print-actions';
import { formatTime } from './format-time';

/**
 * The stored copy, exactly as it was printed (the evidence in a dispute): the browser shows it
 * in a new tab from the web host; the desktop app saves it to open with the PDF viewer.
 */
async function reopen(doc: DocumentSummary): Promise<void> {
  if (!isDesktopShell()) {
    window.open(`/documents/${doc.documentId}.pdf`, '_blank', 'noopener');
    return;
  }
  const file = await call('print.pdf', { documentId: doc.documentId });
  const bytes = Uint8Array.from(atob(file.pdfBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: 'application/pdf' }), file.fileName);
}

/** 已打印文书: every document printed for the case, oldest first, each reopenable. */
export function PrintedDocumentsCard({ caseNo }: { caseNo: string }) {
  const { message } = App.useApp();
  const found = useCallQuery('print.documents', { caseNo });
  const documents = found.data ?? null;
  const error = found.error?.message ?? null;

  return (
    <div className="detail-block" data-testid="printed-documents">
      <Typography.Title level={5}>已打印文书</Typography.Title>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<DocumentSummary>
        size="small"
        rowKey="documentId"
        pagination={false}
        loading={documents === null && !error}
        dataSource={documents ?? []}
        locale={{ emptyText: '尚未打印文书' }}
        onRow={() => ({ 'data-testid': 'printed-doc-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: '文书',
            render: (_, doc) => (
              <>
                {doc.title} {doc.reprint && <Tag color="red">补打</Tag>}
              </>
            ),
          },
          { title: '文书编号', dataIndex: 'docNo', render: (docNo: string) => <span data-testid="printed-doc-no">{docNo}</span> },
          { title: '打印时间', width: 140, render: (_, doc) => formatTime(doc.printedAt) },
          { title: '经办人', width: 100, dataIndex: 'clerkName' },
          { title: '页数', width: 56, dataIndex: 'pageCount' },
          {
            title: '',
            width: 72,
            render: (_, doc) => (
              <Button
                size="small"
                data-testid="printed-doc-open"
                onClick={() => void reopen(doc).catch((caught: Error) => void message.error(caught.message))}
              >
                打开
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
