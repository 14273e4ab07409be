import { Alert, App, Button, Space } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { api } from '../../../shared/contract/api';
import { mayCall } from '../../../shared/contract/endpoint';
import { call } from '../../api/client';
import { useInvalidate } from '../../data/use-call';
import { useSession } from '../../stores/session-store';

/** Import and export of the whole catalogue: a hall administrator's job, not a clerk's. */
export function CatalogueTools() {
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const role = useSession((s) => s.status?.user?.role);
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'import' | 'export' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayImport = mayCall(api['catalogue.import'].access, role);
  const mayExport = mayCall(api['catalogue.export'].access, role);
  if (!mayImport && !mayExport) return null;

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy('import');
    setError(null);
    try {
      const result = await call('catalogue.import', { text: await file.text() });
      void message.success(`导入完成：新增或更新 ${result.imported} 项，未变化 ${result.unchanged} 项`);
      await invalidate('catalogueImport');
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function exportFile() {
    setBusy('export');
    try {
      const { fileName, text } = await call('catalogue.export', {});
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      anchor.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      void message.error((caught as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space orientation="vertical" className="full-width catalogue-tools">
      <Space>
        {mayImport && (
          <>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(e) => void importFile(e)}
              data-testid="catalogue-file"
            />
            <Button onClick={() => fileRef.current?.click()} loading={busy === 'import'} data-testid="catalogue-import">
              导入目录
            </Button>
          </>
        )}
        {mayExport && (
          <Button onClick={() => void exportFile()} loading={busy === 'export'} data-testid="catalogue-export">
            导出目录
          </Button>
        )}
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(null) }}
          title={<span className="import-error">{error}</span>}
          data-testid="catalogue-import-error"
        />
      )}
    </Space>
  );
}
