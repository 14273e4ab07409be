import { Checkbox, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { IntakePlan } from '../../../shared/contract/case-endpoints';
import { mediaLabels, necessityLabels, type Necessity } from '../../../shared/catalogue/item-schema';
import { materialStatusLabels, type MaterialLine } from '../../../shared/intake/material-check';
import type { MaterialReceipt } from '../../../shared/intake/material-check';

type Spec = IntakePlan['materials'][number];

export const necessityColors: Record<Necessity, string> = { required: 'red', conditional: 'orange', deferrable: 'blue' };
const statusColors = { received: 'green', missing: 'red', 'not-applicable': 'default' } as const;

interface Props {
  lines: MaterialLine[];
  /** Item code → name, to say which items ask for a material in a joint case. */
  itemNames: Map<string, string>;
  onChange(key: string, patch: Partial<MaterialReceipt>): void;
  /** The line's electronic pages (拍摄 / 文件, issue 13). */
  pagesCell?: (line: MaterialLine) => ReactNode;
}

export function requirementText(spec: Pick<Spec, 'originals' | 'copies' | 'media'>): string {
  const counts = [spec.originals > 0 ? `原件 ${spec.originals} 份` : null, spec.copies > 0 ? `复印件 ${spec.copies} 份` : null];
  const paper = spec.media.includes('paper') ? counts.filter(Boolean).join(' / ') : '';
  return [paper, spec.media.map((m) => mediaLabels[m]).join('/')].filter(Boolean).join('，');
}

/** One line per material of the joint list; the status follows every keystroke. */
/** A column for one paper count the clerk checks off (originals or copies). */
function countColumn(title: string, field: 'originals' | 'copies', onChange: Props['onChange']) {
  return {
    title,
    width: 78,
    render: (_: unknown, { spec, receipt }: MaterialLine) => (
      <InputNumber
        size="small"
        min={0}
        max={99}
        precision={0}
        value={receipt[field]}
        disabled={!receipt.applicable}
        onChange={(v) => onChange(spec.key, { [field]: v ?? 0 })}
        className="count-input"
        data-testid={`material-${field}-${spec.key}`}
      />
    ),
  };
}

export function MaterialsTable({ lines, itemNames, onChange, pagesCell }: Props) {
  const joint = itemNames.size > 1;
  return (
    <Table<MaterialLine>
      size="small"
      rowKey={(line) => line.spec.key}
      dataSource={lines}
      pagination={false}
      data-testid="materials-table"
      onRow={(line) => ({ 'data-testid': `material-row-${line.spec.key}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: '材料',
          render: (_, { spec }) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{spec.name}</Typography.Text>
              {spec.condition && <Typography.Text type="warning">情形：{spec.condition}</Typography.Text>}
              {joint && (
                <Typography.Text type="secondary" className="small-text">
                  用于：{spec.forItems.map((code) => itemNames.get(code) ?? code).join('、')}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: '必要性',
          width: 84,
          render: (_, { spec }) => <Tag color={necessityColors[spec.necessity]}>{necessityLabels[spec.necessity]}</Tag>,
        },
        { title: '要求', width: 150, render: (_, { spec }) => <span className="small-text">{requirementText(spec)}</span> },
        countColumn('收原件', 'originals', onChange),
        countColumn('收复印件', 'copies', onChange),
        {
          title: '电子',
          width: 48,
          render: (_, { spec, receipt }) =>
            spec.media.includes('electronic') ? (
              <Checkbox
                checked={receipt.electronic}
                disabled={!receipt.applicable}
                onChange={(e) => onChange(spec.key, { electronic: e.target.checked })}
                data-testid={`material-electronic-${spec.key}`}
              />
            ) : null,
        },
        ...(pagesCell ? [{ title: '电子件', width: 128, render: (_: unknown, line: MaterialLine) => pagesCell(line) }] : []),
        {
          title: '不适用',
          width: 64,
          render: (_, { spec, receipt }) =>
            spec.necessity === 'conditional' ? (
              <Checkbox
                checked={!receipt.applicable}
                onChange={(e) => onChange(spec.key, { applicable: !e.target.checked })}
                data-testid={`material-na-${spec.key}`}
              />
            ) : null,
        },
        {
          title: '状态',
          width: 64,
          render: (_, { spec, status }) => (
            <Tag color={statusColors[status]} data-testid={`material-status-${spec.key}`}>
              {materialStatusLabels[status]}
            </Tag>
          ),
        },
      ]}
    />
  );
}
