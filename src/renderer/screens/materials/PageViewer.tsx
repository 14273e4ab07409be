import { Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MaterialPage } from '../../../shared/materials/page-types';
import { usePageDataUrl } from './page-image';
import { PageThumb } from './PageThumb';
import { usePanelKeys } from './use-keys';

const zoomSteps = [0.5, 0.75, 1, 1.5, 2, 3];

interface Props {
  title: string;
  pages: MaterialPage[];
  open: boolean;
  onClose(): void;
  /** Absent where pages may only be looked at. */
  onDelete?: (page: MaterialPage) => void;
}

/** A material's pages: thumbnails, one page large, zoom with + and −, ← → between pages. */
export function PageViewer({ title, pages, open, onClose, onDelete }: Props) {
  const [index, setIndex] = useState(0);
  const [zoom, setZoom] = useState(2);
  const page = pages[Math.min(index, pages.length - 1)] ?? null;
  const url = usePageDataUrl(open && page ? page.pageId : null, false);
  const step = (by: number) => setZoom((z) => Math.max(0, Math.min(zoomSteps.length - 1, z + by)));
  usePanelKeys(open, (key) => {
    if (key === '+' || key === '=') step(1);
    else if (key === '-') step(-1);
    else if (key === 'ArrowLeft') setIndex((i) => Math.max(0, i - 1));
    else if (key === 'ArrowRight') setIndex((i) => Math.min(pages.length - 1, i + 1));
    else return false;
    return true;
  });

  return (
    <Modal open={open} onCancel={onClose} footer={null} width={1000} title={title} destroyOnHidden data-testid="page-viewer">
      <div className="page-viewer-strip">
        {pages.map((p, i) => (
          <div key={p.pageId} className={i === index ? 'page-viewer-current' : ''}>
            <PageThumb page={p} onOpen={() => setIndex(i)} />
          </div>
        ))}
      </div>
      {page && (
        <>
          <Space className="page-viewer-tools">
            <Typography.Text>
              第 {index + 1} / {pages.length} 页 · {(page.size / 1024).toFixed(0)} KB
            </Typography.Text>
            <Button size="small" onClick={() => step(-1)} data-testid="zoom-out">
              缩小 −
            </Button>
            <Typography.Text data-testid="zoom-level">{zoomSteps[zoom]! * 100}%</Typography.Text>
            <Button size="small" onClick={() => step(1)} data-testid="zoom-in">
              放大 +
            </Button>
            {onDelete && (
              <Button size="small" danger onClick={() => onDelete(page)} data-testid="page-delete">
                删除此页
              </Button>
            )}
            <Typography.Text type="secondary" className="small-text page-hash">
              SHA-256 {page.sha256}
            </Typography.Text>
          </Space>
          <div className="page-viewer-canvas">
            {page.mime === 'application/pdf' ? (
              <Typography.Paragraph className="page-viewer-pdf">
                PDF 文件，共 {page.sheets} 页。{' '}
                {url && (
                  <a href={url} download={`${title}.pdf`}>
                    另存后查看
                  </a>
                )}
              </Typography.Paragraph>
            ) : (
              url && <img src={url} alt={`第 ${index + 1} 页`} style={{ width: `${zoomSteps[zoom]! * 50}%` }} data-testid="page-large" />
            )}
          </div>
        </>
      )}
    </Modal>
  );
}
