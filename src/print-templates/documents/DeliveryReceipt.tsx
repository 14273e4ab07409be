/** @jsxRuntime automatic */
import { Footer, Head, KeyValueTable, Meta, Seal, type DocProps } from '../parts';

/**
 * 送达回证 (A4): proof that the result was handed over: who issued what to whom, where and how,
 * the receiver's name and ID as checked at hand-over (and, for someone else, why), and their
 * signature; a refusal to sign is noted by the clerk.
 */
export function DeliveryReceipt({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const a = data.applicant!;
  const d = data.delivery!;
  const place = d.address ?? `${data.header.text}${data.clerk.deskNo}号窗口`;
  const rows: [string, string][] = [
    ['送达机关', data.header.text],
    ['受理编号', kase.caseNo],
    ['办理事项', kase.itemNames],
    ['受送达人', a.name],
    [a.idLabel, a.idNumber],
    ['送达文书及份数', d.documents],
    ...(data.decisions ?? []).map((x): [string, string] => [
      `${x.department}决定`,
      `${x.outcome}${x.documentNo ? `（${x.documentNo}${x.decidedOn ? `，${x.decidedOn}` : ''}）` : ''}`,
    ]),
    ['送达方式', d.trackingNo ? `${d.method}（邮件单号 ${d.trackingNo}）` : d.method],
    ['送达地点', place],
    ['送达时间', d.deliveredAt],
    ['签收人', `${d.recipient}（${d.recipientKind}）`],
    ['签收人证件号码', d.recipientIdNumber],
    ...(d.proxyReason ? ([['代收理由', d.proxyReason]] as [string, string][]) : []),
    ['送达人', d.releasedBy],
  ];
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <KeyValueTable rows={rows}>
        <tr>
          <th>备注</th>
          <td className="pd-tall">（受送达人拒绝签收的，由送达人在此注明情况并签名）</td>
        </tr>
      </KeyValueTable>
      <div className="pd-closing">
        <div className="pd-sign">
          <p>
            签收人签名：
            <span className="pd-line" />
          </p>
          <p>
            签收日期：
            <span className="pd-line" />
          </p>
          <p>
            送达人签名：
            <span className="pd-line" />
          </p>
        </div>
        <Seal data={data} caption="（送达机关印章）" date={data.printedOn} />
      </div>
      <Footer data={data} />
    </>
  );
}
