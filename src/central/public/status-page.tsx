/** @jsxRuntime automatic */
import { renderCentrePage } from '../pages/CentrePage';
import type { PublicCaseStatus } from './case-status-lookup';

export const notFoundMessage = '未查询到该案件，请核对受理编号和查询码（见受理回执）';

function StatusTable({ status }: { status: PublicCaseStatus }) {
  const rows: [string, string][] = [
    ['受理编号', status.caseNo],
    ['事项', status.items.join('；')],
    ['申请人', status.applicantName],
    ['当前状态', status.state],
    ['承诺办结日期', status.promisedDate ?? '—'],
  ];
  return (
    <table>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The page behind the receipt's QR code. */
export function renderStatusPage(status: PublicCaseStatus | null): string {
  return renderCentrePage(
    '办件进度查询',
    <>
      <h1>办件进度查询</h1>
      {status === null ? <p>{notFoundMessage}</p> : <StatusTable status={status} />}
    </>,
  );
}
