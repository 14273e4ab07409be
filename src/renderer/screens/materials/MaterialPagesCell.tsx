import './materials.css';
import { Button, Space, Tag } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import { CapturePanel } from './CapturePanel';
import { acceptedFileTypes, blobToBase64 } from './file-base64';
import { PageThumb } from './PageThumb';
import { PageViewer } from './PageViewer';
import { ScansIntoLine } from './ScansIntoLine';
import type { MaterialPages } from './use-material-pages';

interface Props {
  materialKey: string;
  materialName: string;
  pages: MaterialPages;
  /** Pages may be added and deleted (intake, or a case the user may act on). */
  editable: boolean;
}

const shownThumbs = 3;

/** A material line's electronic pages: thumbnails, 拍摄, 文件 (pick or drop), and the viewer. */
export function MaterialPagesCell({ materialKey, materialName, pages, editable }: Props) {
  const [capturing, setCapturing] = useState(false);
  const [viewing, setViewing] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [scansTaken, setScansTaken] = useState(0);
  const picker = useRef<HTMLInputElement>(null);
  const line = pages.byKey.get(materialKey) ?? [];
  const sheets = line.reduce((sum, p) => sum + p.sheets, 0);

  async function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    const list = await Promise.all([...files].map(async (file) => ({ name: file.name, base64: await blobToBase64(file) })));
    await pages.add(materialKey, 'file', list);
    if (picker.current) picker.current.value = '';
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (editable) void addFiles(event.dataTransfer.files);
  }

  return (
    <div
      className={`material-pages${dragging ? ' material-pages-drop' : ''}`}
      onDragOver={(event) => {
        if (!editable) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={`material-pages-${materialKey}`}
    >
      {line.length > 0 && (
        <Space size={2} wrap>
          {line.slice(0, shownThumbs).map((page) => (
            <PageThumb key={page.pageId} page={page} onOpen={() => setViewing(true)} />
          ))}
          <Tag className="material-pages-count" data-testid={`material-page-count-${materialKey}`} onClick={() => setViewing(true)}>
            {sheets} 页
          </Tag>
        </Space>
      )}
      {editable && (
        <Space size={2}>
          <Button
            size="small"
            onClick={() => setCapturing(true)}
            loading={pages.busyKey === materialKey}
            data-testid={`capture-${materialKey}`}
          >
            拍摄
          </Button>
          <Button size="small" onClick={() => picker.current?.click()} data-testid={`pick-file-${materialKey}`}>
            文件
          </Button>
          <input
            ref={picker}
            type="file"
            multiple
            accept={acceptedFileTypes}
            hidden
            onChange={(event) => void addFiles(event.target.files)}
            data-testid={`file-input-${materialKey}`}
          />
        </Space>
      )}
      {capturing && <ScansIntoLine materialKey={materialKey} pages={pages} onTaken={() => setScansTaken((n) => n + 1)} />}
      <CapturePanel
        materialName={materialName}
        open={capturing}
        scansTaken={scansTaken}
        onClose={() => {
          setCapturing(false);
          setScansTaken(0);
        }}
        onSave={(files) => pages.add(materialKey, 'camera', files)}
      />
      <PageViewer
        title={materialName}
        pages={line}
        open={viewing}
        onClose={() => setViewing(false)}
        onDelete={editable ? (page) => void pages.remove(page) : undefined}
      />
    </div>
  );
}
