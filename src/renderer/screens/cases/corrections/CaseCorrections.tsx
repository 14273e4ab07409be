import { Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../../../shared/contract/api';
import { mayCall } from '../../../../shared/contract/endpoint';
import type { CaseDetail } from '../../../../shared/intake/case-types';
import { useSession } from '../../../stores/session-store';
import { useCaseChange } from '../use-case-change';
import { CorrectContactModal, CorrectMaterialModal, VoidModal } from './CorrectionModals';

type Open = 'contact' | 'material' | 'void' | null;

/** The case page's mistakes row: 更正 (contact, material counts) and 作废 (same day, supervisor approval). */
export function CaseCorrections({ detail }: { detail: CaseDetail }) {
  const role = useSession((s) => s.status?.user?.role);
  const [open, setOpen] = useState<Open>(null);
  const changed = useCaseChange();
  if (!mayCall(api['cases.correctContact'].access, role) || detail.state === 'voided') return null;
  const voidable = ['accepted', 'awaiting-materials', 'refused'].includes(detail.state);
  const props = { detail, onClose: () => setOpen(null), onDone: changed };
  return (
    <Space className="detail-block" wrap>
      <Button size="small" onClick={() => setOpen('contact')} data-testid="correct-contact">
        更正联系信息
      </Button>
      {detail.materials.some((m) => m.status === 'received') && (
        <Button size="small" onClick={() => setOpen('material')} data-testid="correct-material">
          更正材料份数
        </Button>
      )}
      {voidable && (
        <Button size="small" danger onClick={() => setOpen('void')} data-testid="void-case">
          作废
        </Button>
      )}
      <CorrectContactModal {...props} open={open === 'contact'} />
      <CorrectMaterialModal {...props} open={open === 'material'} />
      <VoidModal {...props} open={open === 'void'} />
    </Space>
  );
}
