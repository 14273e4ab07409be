/** @jsxRuntime automatic */
import { Addressee, Closing, Footer, Head, Meta, Phones, Section, type DocProps } from '../parts';

/** 容缺受理通知书 (A4, two copies): the deferred materials, how and by when, and what if late. */
export function DeferredNotice({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const deferred = data.materials.filter((m) => m.status === 'deferred');
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <Addressee data={data} />
      <p className="pd-body">
        你（单位）于{kase.receivedOn}提交的{kase.itemNames}
        申请，主要申请材料齐全、符合法定形式，部分次要材料尚需补交，你（单位）已签署《容缺受理承诺书》。根据容缺受理有关规定，本机关决定予以容缺受理，受理编号为
        {kase.caseNo}，承诺于
        <span className="pd-strong">
          {kase.promisedDate ?? '—'}
          {kase.promisedDateProvisional && '（暂定）'}
        </span>
        前办结。请按下列要求补交容缺材料：
      </p>
      <Section>一、需补交的容缺材料</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th className="pd-w-name-s">材料名称</th>
            <th className="pd-w-counts-s">份数及形式</th>
            <th>格式要求</th>
            <th className="pd-w-method">补交方式</th>
            <th className="pd-nowrap">补交期限</th>
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
              <td>{m.formatNotes}</td>
              <td>
                {m.source}，携带至{data.clerk.deskNo}号窗口补交{m.media.includes('电子') ? '，或通过网上办事大厅上传电子版' : ''}
              </td>
              <td className="pd-nowrap pd-strong">{m.supplyDeadline ?? '—'}前</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section>二、逾期未补交的后果</Section>
      <p className="pd-body">
        补交期限不超过承诺办结日期。逾期未补交或补交的材料不符合要求的，本机关将按照《容缺受理承诺书》的约定终止办理；已作出的审批决定依法予以撤销，由此产生的法律责任和后果由申请人承担，相关情况将记入信用记录。
      </p>
      <Section>三、咨询与监督</Section>
      <Phones data={data} />
      <Closing data={data} sealCaption="（受理专用章）" />
      <Footer data={data} />
    </>
  );
}
