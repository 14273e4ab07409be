/** @jsxRuntime automatic */
import { Footer, Head, Meta, Section, type DocProps } from '../parts';

/**
 * 容缺受理承诺书 (A4, one copy for the applicant, one for the file): the applicant lists each
 * deferred material and the date it will come, accepts what follows if it does not, and signs.
 */
export function DeferredCommitment({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const a = data.applicant!;
  const deferred = data.materials.filter((m) => m.supplyDeadline !== null);
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <p className="pd-body">
        本人（单位）{a.name}（{a.idLabel}：{a.idNumber}）于{kase.receivedOn}申请办理{kase.itemNames}（受理编号 {kase.caseNo}
        ），主要申请材料齐全、符合法定形式，下列次要材料暂缺，现申请容缺受理，并郑重承诺如下：
      </p>
      <Section>一、容缺材料及补交期限</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th>材料名称</th>
            <th className="pd-w-counts">份数及形式</th>
            <th className="pd-nowrap">承诺补交日期</th>
          </tr>
        </thead>
        <tbody>
          {deferred.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <td className="pd-num">{i + 1}</td>
              <td>{m.name}</td>
              <td>
                {m.counts}（{m.media}）
              </td>
              <td className="pd-nowrap pd-strong">{m.supplyDeadline}前</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section>二、承诺事项</Section>
      <p className="pd-body">
        1．本人（单位）提交的申请材料真实、合法、有效，上列容缺材料将于承诺日期前按要求补交至{data.clerk.deskNo}号窗口。
      </p>
      <p className="pd-body">
        2．逾期未补交或补交的材料不符合要求的，本人（单位）同意终止办理，本次容缺受理自动失效；已依据容缺受理作出的审批决定，同意由审批机关依法撤销，由此产生的一切法律责任和后果由本人（单位）承担。
      </p>
      <p className="pd-body">3．本人（单位）同意将履行本承诺的情况记入信用记录。</p>
      <div className="pd-closing">
        <div className="pd-sign">
          <p>
            承诺人（申请人）签字（盖章）：
            <span className="pd-line" />
          </p>
          {data.agent && (
            <p>
              {data.agent.kindLabel}签字：
              <span className="pd-line" />
            </p>
          )}
          <p>
            签字日期：
            <span className="pd-line" />
          </p>
          <p>
            受理人：{data.clerk.name}（工号 {data.clerk.staffNo}）{'\u3000'}
            {data.clerk.deskNo}号窗口
          </p>
        </div>
      </div>
      <Footer data={data} />
    </>
  );
}
