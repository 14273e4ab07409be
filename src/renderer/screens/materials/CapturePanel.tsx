import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { useHotkey } from '../../keyboard/use-hotkey';
import { cameraProblem, uvcCaptureSource, type CaptureSource } from './capture-source';
import { blobToBase64 } from './file-base64';
import { usePanelKeys } from './use-keys';

interface Shot {
  id: number;
  blob: Blob;
  url: string;
  rotate: 0 | 90 | 180 | 270;
}

interface Props {
  materialName: string;
  open: boolean;
  /** Files from the scanner folder put on this line while the panel is open. */
  scansTaken?: number;
  onClose(): void;
  /** The pages in order, as one document; resolves true once stored. */
  onSave(files: { name: string; base64: string; rotate: 0 | 90 | 180 | 270 }[]): Promise<boolean>;
}

let nextShot = 1;

/**
 * 拍摄: the live picture of the 高拍仪 chosen in 系统设置. Space takes a page; pages can be
 * turned, moved and dropped before 保存 sends them all as one multi-page material.
 */
export function CapturePanel({ materialName, open, scansTaken = 0, onClose, onSave }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const source = useRef<CaptureSource | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [shots, setShots] = useState<Shot[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    void (async () => {
      try {
        const { cameraDeviceId } = await call('materials.settings', {});
        const camera = uvcCaptureSource(cameraDeviceId);
        source.current = camera;
        if (!video.current || cancelled) return;
        await camera.start(video.current);
        if (!cancelled) setReady(true);
      } catch (error) {
        if (!cancelled) setProblem(cameraProblem(error));
      }
    })();
    return () => {
      cancelled = true;
      source.current?.stop();
      source.current = null;
      setReady(false);
      setProblem(null);
      setShots((current) => {
        current.forEach((shot) => URL.revokeObjectURL(shot.url));
        return [];
      });
    };
  }, [open]);

  async function take() {
    if (!source.current || !ready) return;
    try {
      const blob = await source.current.takePage();
      setShots((current) => [...current, { id: nextShot++, blob, url: URL.createObjectURL(blob), rotate: 0 }]);
    } catch (error) {
      setProblem(cameraProblem(error));
    }
  }

  const update = (id: number, change: (shots: Shot[], index: number) => Shot[]) =>
    setShots((current) => {
      const index = current.findIndex((s) => s.id === id);
      return index < 0 ? current : change([...current], index);
    });
  const turn = (id: number) =>
    update(id, (list, i) => list.map((s, j) => (j === i ? { ...s, rotate: ((s.rotate + 90) % 360) as Shot['rotate'] } : s)));
  const move = (id: number, by: -1 | 1) =>
    update(id, (list, i) => {
      const to = i + by;
      if (to < 0 || to >= list.length) return list;
      [list[i], list[to]] = [list[to]!, list[i]!];
      return list;
    });
  const drop = (id: number) => update(id, (list, i) => list.filter((_, j) => j !== i));

  async function save() {
    if (shots.length === 0 || saving) return;
    setSaving(true);
    const files = await Promise.all(
      shots.map(async (shot, i) => ({ name: `拍摄第${i + 1}页.jpg`, base64: await blobToBase64(shot.blob), rotate: shot.rotate })),
    );
    const saved = await onSave(files);
    setSaving(false);
    if (saved) onClose();
  }

  usePanelKeys(open && ready, (key) => {
    if (key !== ' ') return false;
    void take();
    return true;
  });
  useHotkey('Ctrl+S', () => void save(), open);

  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={1040}
      title={`拍摄：${materialName}`}
      destroyOnHidden
      data-testid="capture-panel"
      footer={
        <Space>
          {scansTaken > 0 && <Typography.Text data-testid="capture-scans-taken">扫描仪文件已归入本材料 {scansTaken} 个</Typography.Text>}
          <Typography.Text type="secondary">空格 拍一页 · Ctrl+S 保存 · Esc 取消 · 扫描仪新文件直接归入本材料</Typography.Text>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" disabled={shots.length === 0} loading={saving} onClick={() => void save()} data-testid="capture-save">
            保存（{shots.length} 页）
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} data-testid="capture-problem" />}
      <div className="capture-body">
        <div className="capture-live">
          <video ref={video} muted playsInline data-testid="capture-video" />
          <Button type="primary" disabled={!ready} onClick={() => void take()} data-testid="capture-take">
            拍摄（空格）
          </Button>
        </div>
        <div className="capture-shots" data-testid="capture-shots">
          {shots.map((shot, i) => (
            <div key={shot.id} className="capture-shot" data-testid="capture-shot">
              <img src={shot.url} alt={`第 ${i + 1} 页`} style={{ transform: `rotate(${shot.rotate}deg)` }} />
              <Space size={2}>
                <span>{i + 1}</span>
                <Button size="small" onClick={() => move(shot.id, -1)} disabled={i === 0} title="前移">
                  ←
                </Button>
                <Button size="small" onClick={() => move(shot.id, 1)} disabled={i === shots.length - 1} title="后移">
                  →
                </Button>
                <Button size="small" onClick={() => turn(shot.id)} title="顺时针旋转" data-testid="capture-rotate">
                  ↻
                </Button>
                <Button size="small" danger onClick={() => drop(shot.id)} title="删除">
                  ✕
                </Button>
              </Space>
            </div>
          ))}
        </div>
      </div>
    </Modal>
  );
}
