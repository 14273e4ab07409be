import type { MaterialPage } from '../../../shared/materials/page-types';
import { usePageDataUrl } from './page-image';

/** One page as a small picture; a PDF as a labelled tile (the desk does not rasterise PDFs). */
export function PageThumb({ page, onOpen }: { page: MaterialPage; onOpen?: () => void }) {
  const url = usePageDataUrl(page.mime === 'image/jpeg' ? page.pageId : null, true);
  return (
    <button type="button" className="page-thumb" onClick={onOpen} data-testid="page-thumb" title={`第 ${page.order + 1} 页`}>
      {page.mime === 'application/pdf' ? (
        <span className="page-thumb-pdf">PDF · {page.sheets} 页</span>
      ) : url ? (
        <img src={url} alt={`第 ${page.order + 1} 页`} />
      ) : (
        <span className="page-thumb-pdf">…</span>
      )}
      {page.source === 'reuse' && <span className="page-thumb-reuse">复用</span>}
    </button>
  );
}
