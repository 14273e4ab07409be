/** @jsxRuntime automatic */
import { Addressee, Closing, Footer, Head, Meta, Phones, Section, type DocProps } from '../parts';

/** 不予受理通知书 (A4): the reason, where to turn, and the rights to 行政复议 / 行政诉讼. */
export function RefusalNotice({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const refusal = kase.refusal;
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <Addressee data={data} />
      <p className="pd-body">
        你（单位）于{kase.receivedOn}提交的{kase.itemNames}申请，经审查，{refusal?.reason ?? ''}。
      </p>
      <Section>一、不予受理的理由</Section>
      <p className="pd-body">{refusal?.text ?? ''}</p>
      <p className="pd-body">根据{refusal?.clause ?? '《中华人民共和国行政许可法》第三十二条'}的规定，本机关决定不予受理。</p>
      {refusal?.referTo && (
        <>
          <Section>二、告知</Section>
          <p className="pd-body">
            请向<span className="pd-strong">{refusal.referTo}</span>提出申请。
          </p>
        </>
      )}
      <Section>{refusal?.referTo ? '三' : '二'}、申请人的权利</Section>
      <p className="pd-body">
        {data.rights.review}，{data.rights.litigation}
      </p>
      <Phones data={data} />
      <Closing data={data} sealCaption="（行政机关印章）" signLabel="申请人（代理人）签收" />
      <Footer data={data} />
    </>
  );
}
