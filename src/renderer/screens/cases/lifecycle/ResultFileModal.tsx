import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { ResultFile } from '../../../../shared/contract/result-file-endpoints';
import type { SubtaskView } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { callKey } from '../../../data/query-keys';
import { isDesktopShell } from '../../../print';
import { saveBlob } from '../../../print/print-actions';
import { printResultImage } from './print-result-image';

interface Props {
  caseNo: string;
  /** The sub-task whose file is shown; null: closed. */
  subtask: SubtaskView | null;
  onClose(): void;
}

const extensions: Record<ResultFile['mime'], string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

function blobOf(file: ResultFile): Blob {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: file.mime });
}

/**
 * 查看结果文件: the department's result file for 出件 / 送达. An image is shown here and printed
 * alone; a PDF is shown in the browser's own PDF viewer in a frame (its print button, or 打印
 * here). The desktop app lets no frame load anything but the app itself, so there a PDF is saved
 * and opened with the PDF viewer, as the desk does with every stored document.
 */
export function ResultFileModal({ caseNo, subtask, onClose }: Props) {
  const position = subtask?.position ?? 0;
  const query = useQuery({
    queryKey: callKey('cases.resultFile', { caseNo, position }),
    queryFn: () => call('cases.resultFile', { caseNo, position }),
    enabled: subtask !== null,
    staleTime: Infinity,
    retry: false,
  });
  const file = subtask ? (query.data ?? null) : null;
  const url = useMemo(() => (file ? URL.createObjectURL(blobOf(file)) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const frame = useRef<HTMLIFrameElement>(null);
  const fileName = subtask ? `${caseNo}-${subtask.itemName}-结果文件.${file ? extensions[file.mime] : 'pdf'}` : '';
  const pdfInFrame = file?.mime === 'application/pdf' && !isDesktopShell();

  const print = () => {
    if (!file || !url) return;
    if (file.mime !== 'application/pdf') printResultImage(url);
    else if (pdfInFrame) frame.current?.contentWindow?.print();
  };

  return (
    <Modal
      open={subtask !== null}
      onCancel={onClose}
      title={subtask ? `结果文件 · ${subtask.department}` : ''}
      width={1000}
      centered
      destroyOnHidden
      footer={null}
      data-testid="result-file-viewer"
    >
      {query.isFetching && !file && <Spin className="detail-block" />}
      {query.error && (
        <Alert
          type="error"
          showIcon
          title={query.error.message}
          data-testid="result-file-error"
          action={
            <Button size="small" onClick={() => void query.refetch()}>
              重试
            </Button>
          }
        />
      )}
      {file && url && (
        <>
          <Space className="page-viewer-tools">
            {(file.mime !== 'application/pdf' || pdfInFrame) && (
              <Button type="primary" onClick={print} data-testid="result-file-print">
                打印
              </Button>
            )}
            <Button onClick={() => saveBlob(blobOf(file), fileName)} data-testid="result-file-save">
              {file.mime === 'application/pdf' && !pdfInFrame ? '另存后用 PDF 阅读器打开打印' : '另存'}
            </Button>
            <Typography.Text type="secondary" className="small-text page-hash" data-testid="result-file-hash">
              {(file.size / 1024).toFixed(0)} KB · SHA-256 {file.sha256}（已核验）
            </Typography.Text>
          </Space>
          {file.mime === 'application/pdf' ? (
            pdfInFrame ? (
              <iframe ref={frame} src={url} title="结果文件" className="result-file-frame" data-testid="result-file-frame" />
            ) : (
              <Typography.Paragraph className="page-viewer-pdf">PDF 文件：请另存后用 PDF 阅读器打开、打印。</Typography.Paragraph>
            )
          ) : (
            <div className="page-viewer-canvas">
              <img src={url} alt="结果文件" className="result-file-image" data-testid="result-file-image" />
            </div>
          )}
        </>
      )}
    </Modal>
  );
}
