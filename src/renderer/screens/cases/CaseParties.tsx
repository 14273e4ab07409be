import { Descriptions } from 'antd';
import { applicantKindLabels } from '../../../shared/catalogue/item-schema';
import { idKindLabel, isIdKind } from '../../../shared/identity/id-types';
import type { CaseDetail } from '../../../shared/intake/case-types';

const agentKindLabels = { entrusted: '委托代办人', 'hall-proxy': '大厅帮办代办员' } as const;

function idLabel(idKind: string): string {
  if (idKind === 'credit-code') return '统一社会信用代码';
  return isIdKind(idKind) ? idKindLabel(idKind) : idKind;
}

/** The applicant and, when there was one, the agent, as recorded with the case. */
export function CaseParties({ detail }: { detail: CaseDetail }) {
  const a = detail.applicant;
  const enterprise = a.kind === 'enterprise';
  const rows = [
    { key: 'kind', label: '申请人类型', children: applicantKindLabels[a.kind] },
    { key: 'name', label: enterprise ? '单位名称' : '姓名', children: a.name },
    { key: 'idKind', label: '证件类型', children: idLabel(a.idKind) },
    { key: 'id', label: '证件号码', children: <span data-testid="detail-applicant-id">{a.idNumber}</span> },
    ...(enterprise
      ? [
          { key: 'legal', label: '法定代表人', children: a.legalRepresentative ?? '—' },
          { key: 'contact', label: '联系人', children: a.contactName ?? '—' },
        ]
      : []),
    { key: 'phone', label: '联系电话', children: a.phone },
    { key: 'address', label: '地址', children: a.address ?? '—', span: 2 },
  ];
  const g = detail.agent;
  return (
    <>
      <Descriptions title="申请人" size="small" bordered column={2} items={rows} className="detail-block" />
      {g && (
        <Descriptions
          title="代办人"
          size="small"
          bordered
          column={2}
          className="detail-block"
          data-testid="detail-agent"
          items={[
            { key: 'kind', label: '代办类型', children: agentKindLabels[g.kind] },
            { key: 'name', label: '姓名', children: g.name },
            { key: 'idKind', label: '证件类型', children: idLabel(g.idKind) },
            { key: 'id', label: '证件号码', children: g.idNumber },
            { key: 'phone', label: '联系电话', children: g.phone },
          ]}
        />
      )}
    </>
  );
}
