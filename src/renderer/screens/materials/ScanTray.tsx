import './materials.css';
import { Alert, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ScannedFile, ScanTray as Tray } from '../../../shared/materials/scan-types';
import { call } from '../../api/client';
import { useHotkey } from '../../keyboard/use-hotkey';
import { formatTime } from '../cases/format-time';
import type { MaterialPages } from './use-material-pages';

interface Props {
  tray: Tray | null;
  /** The lines a scan may go on, in the list's order. */
  lines: { key: string; name: string }[];
  pages: MaterialPages;
  active: boolean;
}

/** Where a scan goes unless the clerk picks another line: the first line that has no pages yet. */
function firstEmptyLine(lines: Props['lines'], pages: MaterialPages): string | undefined {
  return (lines.find((line) => (pages.byKey.get(line.key) ?? []).length === 0) ?? lines[0])?.key;
}

/**
 * 待归档扫描件: files the desk's scanner folder gave while no capture panel was open. Each goes
 * on the line chosen next to it; F9 puts the first one on its line. Refused files show why.
 */
export function ScanTray({ tray, lines, pages, active }: Props) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const waiting = tray?.files.filter((f) => f.state === 'waiting') ?? [];
  const lineOf = (scan: ScannedFile) => chosen[scan.scanId] ?? firstEmptyLine(lines, pages);

  async function assign(scan: ScannedFile | undefined) {
    const key = scan && lineOf(scan);
    if (!scan || !key) return;
    await pages.assignScan(key, scan.scanId);
  }

  async function remove(scan: ScannedFile) {
    setError(null);
    try {
      await call('materials.removeScan', { scanId: scan.scanId });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  useHotkey('F9', () => void assign(waiting[0]), active && waiting.length > 0);
  if (!tray || (tray.files.length === 0 && !tray.folderProblem)) return null;
  return (
    <Alert
      type={tray.folderProblem ? 'warning' : 'info'}
      showIcon
      className="intake-gap"
      data-testid="scan-tray"
      title={
        <div>
          <Typography.Text strong>待归档扫描件</Typography.Text>
          {tray.folderProblem && <div data-testid="scan-folder-problem">{tray.folderProblem}</div>}
          {error && <div className="ant-typography-danger">{error}</div>}
          {tray.files.map((scan) => (
            <div key={scan.scanId} className="scan-tray-row" data-testid="scan-tray-file">
              <span className="scan-tray-name">{scan.fileName}</span>
              <Typography.Text type="secondary">{formatTime(scan.takenAt)}</Typography.Text>
              {scan.state === 'refused' ? (
                <Typography.Text type="danger">{scan.reason}</Typography.Text>
              ) : (
                <Space size={4}>
                  <Select
                    size="small"
                    className="scan-tray-line"
                    value={lineOf(scan)}
                    onChange={(key) => setChosen((c) => ({ ...c, [scan.scanId]: key }))}
                    options={lines.map((line) => ({ value: line.key, label: line.name }))}
                    data-testid="scan-tray-line"
                  />
                  <Button size="small" type="primary" onClick={() => void assign(scan)} data-testid="scan-tray-assign">
                    归入{scan === waiting[0] ? '（F9）' : ''}
                  </Button>
                </Space>
              )}
              <Button size="small" type="link" onClick={() => void remove(scan)} data-testid="scan-tray-remove">
                移除
              </Button>
            </div>
          ))}
        </div>
      }
    />
  );
}
