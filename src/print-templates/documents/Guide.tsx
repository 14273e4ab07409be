/** @jsxRuntime automatic */
import { Footer, Head, KeyValueTable, Section, type DocProps } from '../parts';

/** 办事指南 / 材料清单 (A4) of one item, with no case: for those who ask before applying. */
export function Guide({ data, copyLabel }: DocProps) {
  const g = data.guide!;
  const rows: [string, string][] = [
    ['事项名称', g.name],
    ['事项编码', g.code],
    ['事项类型', `${g.typeLabel}（${g.handlingLabel}）`],
    ['实施机关', g.department],
    ['主管部门', g.competentDepartment],
    ...(g.jointDepartments ? ([['联办机构', g.jointDepartments]] as [string, string][]) : []),
    ['服务对象', g.applicantKinds],
    ['设定依据', g.legalBasis],
    ['受理条件', g.acceptanceConditions],
    ['办理时限', `法定${g.statutoryDays}个工作日，承诺${g.promisedDays}个工作日`],
    ...(g.specialSteps ? ([['特殊环节', g.specialSteps]] as [string, string][]) : []),
    ['收费', g.fee],
    ['办理地点', g.location],
    ['工作时间', g.officeHours],
    ['到窗口次数', g.visitsRequired === 0 ? '0次（可全程网上办理）' : `${g.visitsRequired}次`],
    ['交件方式', g.deliveryMethods],
    ['取件方式', `${g.collectionMethods}${g.mailSupported ? '（支持邮寄）' : ''}`],
    ['办理结果', g.resultName],
    ['咨询电话', g.consultPhone],
    ['监督电话', g.supervisionPhone],
    ['版本', `第${g.version}版，${g.effectiveDate}起施行`],
  ];
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <div className="pd-meta">
        <div className="pd-meta-text">
          <div className="pd-strong">{g.name}</div>
          <div>事项编码：{g.code}</div>
        </div>
      </div>
      <Section>一、基本信息</Section>
      <KeyValueTable rows={rows} />
      <Section>二、申请材料清单（共{g.materials.length}项）</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th className="pd-w-g-name">材料名称</th>
            <th className="pd-w-g-need">必要性</th>
            <th className="pd-w-g-counts">份数</th>
            <th className="pd-w-g-media">形式</th>
            <th>要求</th>
            <th className="pd-w-g-source">来源</th>
          </tr>
        </thead>
        <tbody>
          {g.materials.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <td className="pd-num">{i + 1}</td>
              <td>{m.name}</td>
              <td>{m.necessity}</td>
              <td>{m.counts}</td>
              <td>{m.media}</td>
              <td>{m.formatNotes}</td>
              <td>{m.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pd-note">本指南内容以窗口最新公布为准。</p>
      <Footer data={data} />
    </>
  );
}
