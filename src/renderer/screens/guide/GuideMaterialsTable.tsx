import { Table, Tag, Typography } from 'antd';
import { materialSourceLabels, mediaLabels, necessityLabels, type Material } from '../../../shared/catalogue/item-schema';
import { necessityColors } from '../intake/MaterialsTable';

function link(url: string | undefined, text: string) {
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {text}
    </a>
  ) : null;
}

/** Every field of every material: the applicant must learn all of it on the first visit. */
export function GuideMaterialsTable({ materials }: { materials: Material[] }) {
  return (
    <Table<Material>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={materials}
      data-testid="guide-materials"
      scroll={{ x: 1300 }}
      columns={[
        { title: '材料名称', dataIndex: 'name', width: 180, fixed: 'left' },
        { title: '材料类型', width: 90, render: (_, m) => m.kind ?? '—' },
        { title: '来源渠道', width: 110, render: (_, m) => materialSourceLabels[m.source] },
        { title: '出具单位', width: 120, render: (_, m) => m.issuer ?? '—' },
        { title: '原件', width: 56, render: (_, m) => `${m.originals} 份` },
        { title: '复印件', width: 64, render: (_, m) => `${m.copies} 份` },
        { title: '形式', width: 80, render: (_, m) => m.media.map((x) => mediaLabels[x]).join('/') },
        {
          title: '必要性',
          width: 150,
          render: (_, m) => (
            <>
              <Tag color={necessityColors[m.necessity]}>{necessityLabels[m.necessity]}</Tag>
              {m.condition && (
                <Typography.Text type="secondary" className="small-text">
                  {m.condition}
                </Typography.Text>
              )}
            </>
          ),
        },
        { title: '纸质材料说明', dataIndex: 'formatNotes', width: 180 },
        { title: '受理标准', width: 160, render: (_, m) => m.acceptanceStandard ?? '—' },
        { title: '填报须知', width: 160, render: (_, m) => m.fillingNotes ?? '—' },
        {
          title: '示范文本/空白表格',
          width: 110,
          render: (_, m) => (
            <>
              {link(m.sampleUrl, '示范文本')} {link(m.blankFormUrl, '空白表格')}
              {!m.sampleUrl && !m.blankFormUrl && '—'}
            </>
          ),
        },
      ]}
    />
  );
}
