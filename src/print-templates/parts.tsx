/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import type { PrintData, PrintItem, PrintMaterial } from '../shared/print/print-data';

/*
 * Building blocks of the printed documents. Pure React: no DOM, no Node, no effects. Every
 * string from PrintData goes in as a text child or an attribute, which React escapes; the one
 * raw insertion is `Code`, fed only the SVG the back end drew from the case number and URL.
 */

export interface DocProps {
  data: PrintData;
  copyLabel: string;
}

/** The back end's barcode or QR code SVG (no user text in it). */
function Code({ svg, className, label }: { svg: string; className: string; label: string }) {
  return <span className={className} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** A copy downloaded before the first print says so on every page: it is not the original. */
export const previewMark = '预览件（未正式打印）';

export function Head({ data, copyLabel }: DocProps) {
  return (
    <header className="pd-head">
      {data.previewCopy && (
        <>
          <div className="pd-preview-mark">{previewMark}</div>
          <div className="pd-watermark" aria-hidden="true">
            {previewMark}
          </div>
        </>
      )}
      {data.reprint && (
        <div className="pd-reprint" data-testid="print-reprint">
          补打
        </div>
      )}
      {copyLabel && <div className="pd-copy-label">{copyLabel}</div>}
      <div className="pd-header-text">{data.header.text}</div>
      <h1 className="pd-title">{data.title}</h1>
      {data.subtitle && <div className="pd-subtitle">{data.subtitle}</div>}
    </header>
  );
}

export function DocNo({ data }: { data: PrintData }) {
  return <div className="pd-docno">{data.docNo ?? (data.previewCopy ? '文号：正式打印时生成' : '文号：打印时生成')}</div>;
}

/** 打印时间, 补打时间 or 预览时间 in the footers. */
export function printedLabel(data: PrintData): string {
  if (data.previewCopy) return '预览时间';
  return data.reprint ? '补打时间' : '打印时间';
}

export function Codes({ data, compact = false }: { data: PrintData; compact?: boolean }) {
  const kase = data.case;
  if (!kase) return null;
  return (
    <div className="pd-codes">
      {data.codes && (
        <div className="pd-barcode-box">
          <Code svg={data.codes.barcodeSvg} className="pd-barcode" label={`受理编号条码 ${kase.caseNo}`} />
          <div>受理编号 {kase.caseNo}</div>
        </div>
      )}
      {data.codes && !compact && (
        <div className="pd-qr-box">
          <Code svg={data.codes.qrSvg} className="pd-qr" label="办理进度查询二维码" />
          <div>扫码查询办理进度</div>
          {kase.queryCode && <div>查询码 {kase.queryCode}</div>}
        </div>
      )}
    </div>
  );
}

/** Number and codes under the title of an A4 document. */
export function Meta({ data }: { data: PrintData }) {
  return (
    <div className="pd-meta">
      <div className="pd-meta-text">
        <DocNo data={data} />
        {data.case && <div>受理编号：{data.case.caseNo}</div>}
        {data.case && <div>收件时间：{data.case.receivedAt}</div>}
      </div>
      <Codes data={data} />
    </div>
  );
}

export function Addressee({ data }: { data: PrintData }) {
  return <p className="pd-addressee">{data.applicant?.name ?? ''}：</p>;
}

export function Section({ children }: { children: ReactNode }) {
  return <h2 className="pd-section">{children}</h2>;
}

/** Label / value rows (办事指南, 送达回证); `children` adds rows of their own after them. */
export function KeyValueTable({ rows, children }: { rows: readonly (readonly [string, ReactNode])[]; children?: ReactNode }) {
  return (
    <table className="pd-table pd-kv">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{v}</td>
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}

export function ApplicantTable({ data }: { data: PrintData }) {
  const a = data.applicant;
  if (!a) return null;
  return (
    <table className="pd-table pd-kv">
      <tbody>
        <tr>
          <th>申请人</th>
          <td>{a.name}</td>
          <th>{a.idLabel}</th>
          <td>{a.idNumber}</td>
        </tr>
        {a.kind === 'enterprise' && (
          <tr>
            <th>法定代表人</th>
            <td>{a.legalRepresentative}</td>
            <th>联系人</th>
            <td>{a.contactName}</td>
          </tr>
        )}
        <tr>
          <th>联系电话</th>
          <td>{a.phone}</td>
          <th>地址</th>
          <td>{a.address ?? '—'}</td>
        </tr>
        {data.agent && (
          <tr>
            <th>{data.agent.kindLabel}</th>
            <td>
              {data.agent.name}（{data.agent.phone}）
            </td>
            <th>{data.agent.idLabel}</th>
            <td>{data.agent.idNumber}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function ItemsTable({ items }: { items: readonly PrintItem[] }) {
  return (
    <table className="pd-table">
      <thead>
        <tr>
          <th className="pd-num">序号</th>
          <th>事项名称</th>
          <th>实施机关（承办部门）</th>
          <th>承诺时限</th>
          <th>承诺办结日期</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={item.code}>
            <td className="pd-num">{i + 1}</td>
            <td>{item.name}</td>
            <td>{item.department}</td>
            <td className="pd-nowrap">{item.promisedDays}个工作日</td>
            <td className="pd-nowrap">
              {item.promisedDate ?? '—'}
              {item.promisedDateProvisional && '（暂定）'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReceivedTable({ materials, withStatus = true }: { materials: readonly PrintMaterial[]; withStatus?: boolean }) {
  return (
    <table className="pd-table">
      <thead>
        <tr>
          <th className="pd-num">序号</th>
          <th>材料名称</th>
          <th>收取情况</th>
          {withStatus && <th>备注</th>}
        </tr>
      </thead>
      <tbody>
        {materials.map((m, i) => (
          <tr key={`${i}-${m.name}`}>
            <td className="pd-num">{i + 1}</td>
            <td>{m.name}</td>
            <td>{m.received}</td>
            {withStatus && (
              <td>
                {m.statusLabel}
                {m.supplyDeadline ? `（${m.supplyDeadline}前）` : ''}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const unique = (values: readonly string[]) => [...new Set(values.filter(Boolean))];

export function phonesOf(items: readonly PrintItem[]) {
  return {
    consult: unique(items.map((i) => i.consultPhone)).join('、'),
    supervision: unique(items.map((i) => i.supervisionPhone)).join('、'),
  };
}

export function LegalBasis({ items }: { items: readonly PrintItem[] }) {
  return (
    <>
      {items.map((item) => (
        <p className="pd-note" key={item.code}>
          {items.length > 1 ? `${item.name}：` : ''}
          {item.legalBasis}
        </p>
      ))}
    </>
  );
}

export function Collection({ items }: { items: readonly PrintItem[] }) {
  return (
    <>
      {items.map((item) => (
        <p className="pd-note" key={item.code}>
          {items.length > 1 ? `${item.name}：` : ''}办理结果为{item.resultName}；领取方式：{item.collectionMethods.join('、')}
          {item.mailSupported ? '（可申请邮寄送达）' : ''}；办理地点：{item.location}；工作时间：{item.officeHours}。
        </p>
      ))}
    </>
  );
}

export function Phones({ data }: { data: PrintData }) {
  const phones = phonesOf(data.items);
  return (
    <p className="pd-note">
      咨询电话：{phones.consult || '—'}
      {'\u3000\u3000'}监督投诉电话：{phones.supervision || '—'}
      {data.clerk.phone ? `\u3000\u3000窗口电话：${data.clerk.phone}` : ''}
    </p>
  );
}

export function Seal({ data, caption, date }: { data: PrintData; caption: string; date?: string }) {
  return (
    <div className="pd-seal-area">
      <div className="pd-seal">{data.sealImage ? <img src={data.sealImage} alt="印章" /> : <span>（盖章）</span>}</div>
      <div>{caption}</div>
      <div>{date ?? data.case?.acceptedOn ?? data.printedOn}</div>
    </div>
  );
}

export function Closing({
  data,
  sealCaption,
  signLabel = '申请人（代理人）签字',
}: {
  data: PrintData;
  sealCaption: string;
  signLabel?: string;
}) {
  return (
    <div className="pd-closing">
      <div className="pd-sign">
        <p>
          {signLabel}：<span className="pd-line" />
        </p>
        <p>
          签收时间：
          <span className="pd-line" />
        </p>
        <p>
          受理人：{data.clerk.name}（工号 {data.clerk.staffNo}）{'\u3000'}
          {data.clerk.deskNo}号窗口
        </p>
      </div>
      <Seal data={data} caption={sealCaption} />
    </div>
  );
}

export function Footer({ data }: { data: PrintData }) {
  return (
    <div className="pd-footer">
      <span>
        经办：{data.clerk.name}（{data.clerk.staffNo}）
      </span>
      <span>窗口：{data.clerk.deskNo}号</span>
      {data.clerk.phone && <span>窗口电话：{data.clerk.phone}</span>}
      <span>
        {printedLabel(data)}：{data.printedAt}
      </span>
    </div>
  );
}
