import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useChineseValidationMessages } from '../../shared/contract/zod-locale';
import { caseDocTypes, type CaseDocType } from '../../shared/print/doc-types';
import { queryClient } from '../data/query-client';
import { PrintPreviewModal, type PrintSource } from './PrintPreviewModal';

/**
 * A page of its own for the print preview, reached at /print/preview.html?case=<no>&doc=<type>
 * (or ?guide=<item code>) in the browser shell: lets the preview be opened straight from a link
 * and tested end to end while the screens that will host <PrintButtons> are being built. It
 * uses the browser's existing login; the back end checks every call as usual.
 */
function sourceFromQuery(query: URLSearchParams): PrintSource | null {
  const guide = query.get('guide');
  if (guide) return { kind: 'guide', code: guide };
  const caseNo = query.get('case');
  const docType = query.get('doc');
  if (!caseNo || !docType || !(caseDocTypes as readonly string[]).includes(docType)) return null;
  return { kind: 'case', caseNo, docType: docType as CaseDocType };
}

function PreviewPage() {
  const [source, setSource] = useState(() => sourceFromQuery(new URLSearchParams(window.location.search)));
  if (!source) return <Result status="info" title="打印预览已关闭" subTitle="请从案件页面选择要打印的文书。" />;
  return <PrintPreviewModal source={source} onClose={() => setSource(null)} />;
}

// eslint-disable-next-line react-hooks/rules-of-hooks -- not a hook: sets zod's messages once, at start
useChineseValidationMessages();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={zhCN}>
        <AntApp>
          <PreviewPage />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  </StrictMode>,
);
