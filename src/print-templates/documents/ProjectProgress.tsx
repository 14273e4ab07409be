/** @jsxRuntime automatic */
import { itemProgressLabels, stageStateLabels } from '../../shared/projects/project-views';
import { Footer, Head, KeyValueTable, Section, type DocProps } from '../parts';

/** 全程代办进度单 (A4): where the enterprise's approval chain stands, what comes next and what is still owed. */
export function ProjectProgress({ data, copyLabel }: DocProps) {
  const b = data.project!;
  const p = b.project;
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <KeyValueTable
        rows={[
          ['项目编号', p.projectNo],
          ['项目名称', `${p.name}（${p.kindName}）`],
          ['项目单位', `${p.enterpriseName}（统一社会信用代码 ${p.enterpriseCreditCode}）`],
          ['项目地点', p.location],
          ['全程代办委托书', `${p.mandateNo}，${p.mandateSignedOn} 签署（全程无偿代办）`],
          ['代办员', `${p.agent.name}（${p.agent.staffNo}）`],
          [
            '已用工作日',
            `${p.daysUsed} 个工作日 / 目标 ${p.targetDays} 个工作日（法定时限合计 ${b.statutoryDays} 个工作日；补正等待时间不计）`,
          ],
        ]}
      />
      <Section>一、各阶段办理情况</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th>阶段</th>
            <th>事项</th>
            <th>状态</th>
            <th>受理编号</th>
            <th>承诺办结/办结日期</th>
          </tr>
        </thead>
        <tbody>
          {b.stages.flatMap((stage) =>
            stage.items.map((item, i) => (
              <tr key={item.code}>
                {i === 0 && (
                  <td rowSpan={stage.items.length}>
                    {stage.name}
                    <br />（{stageStateLabels[stage.state]}）
                  </td>
                )}
                <td>{item.name}</td>
                <td>{itemProgressLabels[item.state]}</td>
                <td>{item.caseNo ?? '—'}</td>
                <td>{item.decidedOn ?? item.promisedDate ?? '—'}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <Section>二、下一步</Section>
      <ol>{b.nextSteps.length === 0 ? <li>无</li> : b.nextSteps.map((step) => <li key={step}>{step}</li>)}</ol>
      <Section>三、尚缺材料</Section>
      <ol>
        {b.missing.length === 0 ? (
          <li>无</li>
        ) : (
          b.missing.map((m) => (
            <li key={`${m.caseNo}-${m.material}`}>
              {m.material}（{m.caseNo} {m.itemNames}）
            </li>
          ))
        )}
      </ol>
      {b.warnings.length > 0 && (
        <>
          <Section>四、提示</Section>
          <ol>
            {b.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ol>
        </>
      )}
      <p>项目单位签收：__________ 日期：__________</p>
      <Footer data={data} />
    </>
  );
}
