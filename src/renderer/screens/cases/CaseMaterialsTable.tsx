import { Table, Tag, Typography } from 'antd';
import { necessityLabels } from '../../../shared/catalogue/item-schema';
import type { CaseMaterial } from '../../../shared/intake/case-types';
import { materialStatusLabels } from '../../../shared/intake/material-check';
import { necessityColors, requirementText } from '../intake/MaterialsTable';
import { MaterialPagesCell } from '../materials/MaterialPagesCell';
import { ScanTray } from '../materials/ScanTray';
import { useMaterialPages, type MaterialPages } from '../materials/use-material-pages';
import { useScanTray } from '../materials/use-scan-tray';
import { useSession } from '../../stores/session-store';

const statusColors = { received: 'green', missing: 'red', deferred: 'blue', 'not-applicable': 'default' } as const;

/**
 * The scanner folder's waiting files, on the case as at intake: a material the applicant brings
 * later (补正, 容缺 补齐) is scanned onto its line here. Only for those who may add pages; the
 * drawer is open whenever this is shown, so F9 is live with it.
 */
function CaseScanTray({ materials, pages }: { materials: CaseMaterial[]; pages: MaterialPages }) {
  const tray = useScanTray();
  const lines = materials.filter((m) => m.applicable).map((m) => ({ key: m.key, name: m.name }));
  return <ScanTray tray={tray} lines={lines} pages={pages} active />;
}

/** Every material line as checked at the window: what was asked, what came, what is owed. */
export function CaseMaterialsTable({
  caseNo,
  materials,
  itemNames,
}: {
  caseNo: string;
  materials: CaseMaterial[];
  itemNames: Map<string, string>;
}) {
  const pages = useMaterialPages({ caseNo });
  const role = useSession((s) => s.status?.user?.role);
  const editable = role === 'clerk' || role === 'agent' || role === 'admin';
  return (
    <>
      {editable && <CaseScanTray materials={materials} pages={pages} />}
      <Table<CaseMaterial>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={materials}
        data-testid="detail-materials"
        columns={[
          {
            title: '材料',
            render: (_, m) => (
              <>
                <div>{m.name}</div>
                {m.condition && (
                  <Typography.Text type="secondary" className="small-text">
                    情形：{m.condition}
                  </Typography.Text>
                )}
                {itemNames.size > 1 && (
                  <div className="small-text">用于：{m.forItems.map((code) => itemNames.get(code) ?? code).join('、')}</div>
                )}
              </>
            ),
          },
          { title: '必要性', width: 84, render: (_, m) => <Tag color={necessityColors[m.necessity]}>{necessityLabels[m.necessity]}</Tag> },
          { title: '要求', width: 160, render: (_, m) => <span className="small-text">{requirementText(m)}</span> },
          {
            title: '已收',
            width: 150,
            render: (_, m) =>
              m.applicable ? `原件 ${m.receivedOriginals} · 复印件 ${m.receivedCopies}${m.receivedElectronic ? ' · 电子' : ''}` : '—',
          },
          {
            title: '电子件',
            width: 150,
            render: (_, m) => <MaterialPagesCell materialKey={m.key} materialName={m.name} pages={pages} editable={editable} />,
          },
          {
            title: '状态',
            width: 170,
            render: (_, m) => (
              <Tag color={statusColors[m.status]} data-testid={`detail-material-${m.key}`}>
                {materialStatusLabels[m.status]}
                {m.status === 'deferred' && m.supplyDeadline ? `（${m.supplyDeadline} 前）` : ''}
              </Tag>
            ),
          },
        ]}
      />
    </>
  );
}
