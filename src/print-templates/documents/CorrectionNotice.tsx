/** @jsxRuntime automatic */
import { Addressee, Closing, Footer, Head, Meta, Phones, Section, type DocProps } from '../parts';

/**
 * 一次性告知书 / 补正材料通知书 (A4): every missing material with its standard, deadline, contact.
 * After acceptance (a 补正 during processing) it says who asked and that the clock stands still.
 */
export function CorrectionNotice({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const missing = data.materials.filter((m) => m.status === 'missing');
  const correction = data.correction ?? null;
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <Addressee data={data} />
      {correction ? (
        <p className="pd-body" data-testid="correction-during-review">
          你（单位）于{kase.receivedOn}提交、已于{kase.acceptedOn ?? '—'}受理的{kase.itemNames}申请，
          {correction.requestedBy ? `经${correction.requestedBy}` : '经'}审查，需要补正材料。补正期间不计入办理时限（自
          {correction.requestedOn}起暂停计时）。现一次性告知你（单位）需要补正的全部内容如下（共{missing.length}项）：
        </p>
      ) : (
        <p className="pd-body">
          你（单位）于{kase.receivedOn}提交的{kase.itemNames}
          申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容如下（共
          {missing.length}项）：
        </p>
      )}
      <Section>一、需补正的材料及要求</Section>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th className="pd-w-name">材料名称</th>
            <th className="pd-w-counts">份数及形式</th>
            <th>格式要求（签字、盖章等）</th>
            <th className="pd-w-source">取得途径</th>
          </tr>
        </thead>
        <tbody>
          {missing.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <td className="pd-num">{i + 1}</td>
              <td>
                {m.name}
                {m.condition ? `（${m.condition}）` : ''}
              </td>
              <td>
                {m.counts}；{m.media}
              </td>
              <td>{m.formatNotes}</td>
              <td>{m.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {correction
        ? correction.note && <p className="pd-note">补充说明：{correction.note}</p>
        : kase.note && <p className="pd-note">补充说明：{kase.note}</p>}
      <Section>二、补正期限与方式</Section>
      <p className="pd-body">
        请于<span className="pd-strong">{kase.correctionDeadline ?? '—'}</span>前补齐上述全部材料，携带本告知书到{data.header.text}
        {data.clerk.deskNo}号窗口
        {correction ? '补交。材料补齐后恢复计时，继续办理。' : '重新提交。材料补齐、符合法定形式的，本机关将依法受理。'}
      </p>
      <Section>三、联系方式</Section>
      <p className="pd-note">
        经办人：{data.clerk.name}（工号 {data.clerk.staffNo}），{data.clerk.deskNo}号窗口。
      </p>
      <Phones data={data} />
      <Closing data={data} sealCaption="（受理专用章）" />
      <Footer data={data} />
    </>
  );
}
