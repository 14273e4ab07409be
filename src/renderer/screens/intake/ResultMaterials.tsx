import { Table, Typography } from 'antd';
import type { CaseMaterial } from '../../../shared/intake/case-types';
import { requirementText } from './MaterialsTable';

/** Materials still to bring, each with the standard it must meet (counts, form, signature, seal). */
export function ResultMaterials({ title, materials, testId }: { title: string; materials: CaseMaterial[]; testId: string }) {
  return (
    <div className="intake-gap" data-testid={testId}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table<CaseMaterial>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={materials}
        columns={[
          { title: '材料', dataIndex: 'name', width: 170 },
          { title: '份数与形式', render: (_, m) => requirementText(m), width: 150 },
          { title: '要求', dataIndex: 'formatNotes' },
          ...(materials.some((m) => m.supplyDeadline) ? [{ title: '补交期限', dataIndex: 'supplyDeadline', width: 110 }] : []),
        ]}
      />
    </div>
  );
}
