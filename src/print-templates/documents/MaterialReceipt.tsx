/** @jsxRuntime automatic */
import { receivedMaterials, receivedTotals } from '../../shared/print/material-count';
import { Codes, DocNo, Head, printedLabel, Meta, type DocProps } from '../parts';
import { PageCatalogue } from './PageCatalogue';

/** 收件凭证 (A4 or 80 mm): the materials received with counts, for the applicant's signature. */
export function MaterialReceipt({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const a = data.applicant!;
  const received = receivedMaterials(data.materials);
  const totals = receivedTotals(data.materials);
  const roll = data.paper === 'roll80';
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      {roll ? (
        <>
          <DocNo data={data} />
          <Codes data={data} compact />
        </>
      ) : (
        <Meta data={data} />
      )}
      <p className={roll ? '' : 'pd-body'}>
        今收到{a.name}（{a.idLabel}：{a.idNumber}）{data.agent ? `委托${data.agent.name}（${data.agent.kindLabel}）` : ''}递交的
        {kase.itemNames}申请材料，清单如下：
      </p>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th>材料名称</th>
            <th className="pd-nowrap">原件</th>
            <th className="pd-nowrap">复印件</th>
            {!roll && <th className="pd-nowrap">电子</th>}
          </tr>
        </thead>
        <tbody>
          {received.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <td className="pd-num">{i + 1}</td>
              <td>
                {m.name}
                {m.reused ? '（复用）' : ''}
              </td>
              <td className="pd-num">{m.receivedOriginals}</td>
              <td className="pd-num">{m.receivedCopies}</td>
              {!roll && <td className="pd-num">{m.receivedElectronic ? '有' : '—'}</td>}
            </tr>
          ))}
          <tr>
            <td className="pd-num" />
            <td className="pd-strong">合计 {totals.lines} 件</td>
            <td className="pd-num">{totals.originals}</td>
            <td className="pd-num">{totals.copies}</td>
            {!roll && <td />}
          </tr>
        </tbody>
      </table>
      {!roll && <PageCatalogue materials={data.materials} />}
      <p className="pd-note">收件时间：{kase.receivedAt}</p>
      <p className="pd-note">本凭证仅证明窗口已收到上列材料，不代表申请已被受理；受理结果以受理通知书或告知书为准。</p>
      <div className="pd-closing">
        <div className="pd-sign">
          <p>
            递交人（申请人或代理人）签字：
            <span className="pd-line" />
          </p>
          <p>
            收件人：{data.clerk.name}（工号 {data.clerk.staffNo}）{'\u3000'}
            {data.clerk.deskNo}号窗口
          </p>
          <p>
            {printedLabel(data)}：{data.printedAt}
          </p>
        </div>
      </div>
    </>
  );
}
