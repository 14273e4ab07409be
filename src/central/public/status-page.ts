import { escapeHtml, htmlPage } from '../http/escape-html';
import type { PublicCaseStatus } from './case-status-lookup';

export const notFoundMessage = '未查询到该案件，请核对受理编号和查询码（见受理回执）';

/** The page behind the receipt's QR code. */
export function renderStatusPage(status: PublicCaseStatus | null): string {
  if (status === null) {
    return htmlPage('办件进度查询', `<h1>办件进度查询</h1>\n<p>${escapeHtml(notFoundMessage)}</p>`);
  }
  const rows: [string, string][] = [
    ['受理编号', status.caseNo],
    ['事项', status.items.join('；')],
    ['申请人', status.applicantName],
    ['当前状态', status.state],
    ['承诺办结日期', status.promisedDate ?? '—'],
  ];
  const table = rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n');
  return htmlPage('办件进度查询', `<h1>办件进度查询</h1>\n<table>\n${table}\n</table>`);
}
