/** @jsxRuntime automatic */
import { receivedMaterials } from '../../shared/print/material-count';
import {
  Addressee,
  ApplicantTable,
  Closing,
  Collection,
  Footer,
  Head,
  ItemsTable,
  LegalBasis,
  Meta,
  Phones,
  ReceivedTable,
  Section,
  type DocProps,
} from '../parts';

/** 受理通知书 (A4). */
export function AcceptanceNotice({ data, copyLabel }: DocProps) {
  const kase = data.case!;
  const received = receivedMaterials(data.materials);
  return (
    <>
      <Head data={data} copyLabel={copyLabel} />
      <Meta data={data} />
      <Addressee data={data} />
      <p className="pd-body">
        你（单位）于{kase.receivedOn}提交的{kase.itemNames}申请，申请材料齐全、符合法定形式
        {kase.decisionLabel === '容缺受理' ? '（部分次要材料容缺后补，详见容缺受理通知书）' : ''}
        。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。受理日期为
        {kase.acceptedOn ?? kase.receivedOn}，受理编号为{kase.caseNo}，承诺于
        <span className="pd-strong">
          {kase.promisedDate ?? '—'}
          {kase.promisedDateProvisional && '（暂定）'}
        </span>
        前办结（依法不计入办理时限的特殊环节时间除外）。
      </p>
      <Section>一、申请人信息</Section>
      <ApplicantTable data={data} />
      <Section>二、受理事项</Section>
      <ItemsTable items={data.items} />
      <Section>三、已收取的申请材料</Section>
      <ReceivedTable materials={received} />
      <Section>四、设定依据</Section>
      <LegalBasis items={data.items} />
      <Section>五、办理结果领取</Section>
      <Collection items={data.items} />
      <Section>六、咨询与监督</Section>
      <Phones data={data} />
      <Closing data={data} sealCaption="（受理专用章）" />
      <Footer data={data} />
    </>
  );
}
