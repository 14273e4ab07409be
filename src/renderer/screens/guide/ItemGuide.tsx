import { Alert, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import { handlingKindLabels, itemTypeLabels, type ServiceItem } from '../../../shared/catalogue/item-schema';
import { useCallQuery } from '../../data/use-call';
import { GuidePrintButton } from '../../print';
import { GuideMaterialsTable } from './GuideMaterialsTable';

const yesNo = (flag: boolean) => (flag ? '是' : '否');

function feeText(item: ServiceItem): string {
  if (!item.fee.charged) return '不收费';
  return `收费。标准：${item.fee.standard ?? '—'}；依据：${item.fee.basis ?? '—'}`;
}

function specialStepsText(item: ServiceItem): string {
  if (item.specialSteps.length === 0) return '无';
  return item.specialSteps.map((s) => `${s.name} ${s.days} 个工作日（${s.countedInLimit ? '计入办理时限' : '不计入办理时限'}）`).join('；');
}

/** The full 办事指南 of one item, as an applicant would need it read out at the window. */
export function ItemGuide({ code }: { code: string }) {
  const { data: item, error } = useCallQuery('catalogue.get', { code });

  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!item) return <Spin className="page-spinner" />;

  const rows: { label: string; value: string; span?: number }[] = [
    { label: '事项编码', value: item.code },
    { label: '事项名称', value: item.name },
    { label: '事项类型', value: itemTypeLabels[item.type] },
    { label: '办理项', value: handlingKindLabels[item.handlingKind] },
    { label: '实施机关', value: item.department },
    { label: '主管部门', value: item.competentDepartment },
    { label: '联办机构', value: item.jointDepartments?.length ? item.jointDepartments.join('、') : '无', span: 2 },
    { label: '设定依据', value: item.legalBasis, span: 2 },
    { label: '受理条件', value: item.acceptanceConditions, span: 2 },
    { label: '办理地点', value: item.location },
    { label: '工作时间', value: item.officeHours },
    { label: '咨询电话', value: item.consultPhone },
    { label: '监督电话', value: item.supervisionPhone },
    { label: '法定时限', value: `${item.statutoryDays} 个工作日` },
    { label: '承诺时限', value: `${item.promisedDays} 个工作日` },
    { label: '特殊环节', value: specialStepsText(item), span: 2 },
    { label: '收费', value: feeText(item), span: 2 },
    { label: '到窗口次数', value: `${item.visitsRequired} 次` },
    { label: '是否支持邮寄', value: yesNo(item.mailSupported) },
    { label: '交件方式', value: item.deliveryMethods.join('、') },
    { label: '取件方式', value: item.collectionMethods.join('、') },
    { label: '结果名称', value: item.resultName },
    { label: '版本', value: `第 ${item.version} 版` },
    { label: '生效日期', value: item.effectiveDate },
  ];

  return (
    <Card
      size="small"
      data-testid="guide-item"
      extra={<GuidePrintButton code={item.code} />}
      title={
        <span>
          {item.name} <Tag>{itemTypeLabels[item.type]}</Tag>
        </span>
      }
    >
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={rows.map((row) => ({
          key: row.label,
          label: row.label,
          span: row.span,
          children: <span className="guide-value">{row.value}</span>,
        }))}
      />
      <Typography.Title level={5} className="guide-section">
        申请材料（{item.materials.length} 项）
      </Typography.Title>
      <GuideMaterialsTable materials={item.materials} />
    </Card>
  );
}
