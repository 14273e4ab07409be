/** @jsxRuntime automatic */
import { formatHallClock } from '../../shared/time/hall-time';
import { caseStateLabels } from '../../shared/intake/case-types';
import { decisionLabels } from '../../shared/intake/decision';
import { Footer, Head, Section, type DocProps } from '../parts';

/** 窗口日结单 (A4): one clerk's day, signed at the hand-over of the shift. */
export function DailyLedger({ data, copyLabel }: DocProps) {
  const l = data.ledger!;
  const registered = l.byDecision.reduce((sum, d) => sum + d.count, 0);
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Section>
        一、受理登记（共{registered}件{l.voided > 0 ? `，另作废${l.voided}件` : ''}）
      </Section>
      <table className="pd-table pd-kv">
        <tbody>
          {l.byDecision.map((d) => (
            <tr key={d.decision}>
              <th>{decisionLabels[d.decision]}</th>
              <td>{d.count}件</td>
            </tr>
          ))}
        </tbody>
      </table>
      {l.cases.length > 0 && (
        <table className="pd-table">
          <thead>
            <tr>
              <th className="pd-num">序号</th>
              <th>受理编号</th>
              <th>时间</th>
              <th>申请人</th>
              <th>事项</th>
              <th>决定</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {l.cases.map((c, i) => (
              <tr key={c.caseNo}>
                <td className="pd-num">{i + 1}</td>
                <td>{c.caseNo}</td>
                <td>{formatHallClock(c.receivedAt)}</td>
                <td>{c.applicantName}</td>
                <td>{c.itemNames}</td>
                <td>{decisionLabels[c.decision]}</td>
                <td>{caseStateLabels[c.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Section>二、打印文书（共{l.documents.reduce((sum, d) => sum + d.originals + d.reprints, 0)}份）</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th>文书</th>
            <th>首次打印</th>
            <th>补打</th>
          </tr>
        </thead>
        <tbody>
          {l.documents.length === 0 && (
            <tr>
              <td colSpan={3}>无</td>
            </tr>
          )}
          {l.documents.map((d) => (
            <tr key={d.docType}>
              <td>{d.title}</td>
              <td>{d.originals}份</td>
              <td>{d.reprints}份</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section>三、出件（共{l.handedOut.length}件）</Section>
      <table className="pd-table">
        <tbody>
          {l.handedOut.length === 0 && (
            <tr>
              <td>无</td>
            </tr>
          )}
          {l.handedOut.map((h) => (
            <tr key={`${h.caseNo}-${h.at}`}>
              <td>{h.caseNo}</td>
              <td>{formatHallClock(h.at)}</td>
              <td>{h.applicantName}</td>
              <td>{h.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section>四、交接说明</Section>
      <p>{l.note?.text ?? '无'}</p>
      <p>交班人签字：__________ 接班人签字：__________</p>
      <Footer data={data} />
    </>
  );
}
