/** @jsxRuntime automatic */
import { receivedTotals } from '../../shared/print/material-count';
import { Codes, DocNo, Head, printedLabel, phonesOf, type DocProps } from '../parts';

/** 受理回执 (80 mm roll): the short form of the acceptance notice. */
export function AcceptanceReceipt({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const a = data.applicant!;
  const received = receivedTotals(data.materials);
  const deferred = data.materials.filter((m) => m.status === 'deferred');
  const phones = phonesOf(data.items);
  const collection = [...new Set(data.items.flatMap((i) => i.collectionMethods))].join('、');
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <DocNo data={data} />
      <Codes data={data} compact />
      <dl>
        <dt>受理编号</dt>
        <dd>{kase.caseNo}</dd>
        <dt>申请人</dt>
        <dd>{a.name}</dd>
        <dt>{a.kind === 'enterprise' ? '信用代码' : '证件号码'}</dt>
        <dd>{a.idNumber}</dd>
        {data.agent && (
          <>
            <dt>{data.agent.kindLabel}</dt>
            <dd>{data.agent.name}</dd>
          </>
        )}
        <dt>办理事项</dt>
        <dd>{kase.itemNames}</dd>
        <dt>受理方式</dt>
        <dd>{kase.decisionLabel}</dd>
        <dt>收取材料</dt>
        <dd>{received.lines}件</dd>
        <dt>受理日期</dt>
        <dd>{kase.acceptedOn ?? kase.receivedOn}</dd>
        <dt>承诺办结</dt>
        <dd className="pd-strong">
          {kase.promisedDate ?? '—'}
          {kase.promisedDateProvisional && '（暂定）'}
        </dd>
        <dt>取件方式</dt>
        <dd>{collection || '—'}</dd>
      </dl>
      {deferred.length > 0 && (
        <>
          <div className="pd-rule" />
          <div className="pd-strong">容缺材料（请按期补交）</div>
          {deferred.map((m, i) => (
            <div key={`${i}-${m.name}`}>
              {i + 1}. {m.name}：{m.supplyDeadline}前
            </div>
          ))}
        </>
      )}
      <div className="pd-rule" />
      <div className="pd-qr-box">
        {data.codes && (
          <span className="pd-qr" role="img" aria-label="办理进度查询二维码" dangerouslySetInnerHTML={{ __html: data.codes.qrSvg }} />
        )}
        <div>扫码查询办理进度{kase.queryCode ? `\u3000查询码 ${kase.queryCode}` : ''}</div>
      </div>
      <div className="pd-rule" />
      <div>咨询电话：{phones.consult || '—'}</div>
      <div>监督电话：{phones.supervision || '—'}</div>
      <div>
        受理人：{data.clerk.name}（{data.clerk.staffNo}）{'\u3000'}
        {data.clerk.deskNo}号窗口
      </div>
      <div>
        {printedLabel(data)}：{data.printedAt}
      </div>
      <div className="pd-sign">
        <p>
          申请人（代理人）签字：
          <span className="pd-line" />
        </p>
      </div>
      <div className="pd-rule" />
      <div>请妥善保管本回执，凭回执和查询码查询进度、领取结果。</div>
    </>
  );
}
