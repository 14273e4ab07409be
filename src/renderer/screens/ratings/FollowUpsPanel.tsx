import { Alert, Radio, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { FollowUp } from '../../../shared/ratings/follow-up-schemas';
import { call } from '../../api/client';
import { useSession } from '../../stores/session-store';
import { FollowUpActionModal } from './FollowUpActionModal';
import { FollowUpTable, type FollowUpAction } from './FollowUpTable';

type StatusFilter = 'open' | 'closed' | 'all';

/** The follow-ups the user answers for (clerks) or all of them (supervisors), with their actions. */
export function FollowUpsPanel() {
  const user = useSession((s) => s.status?.user);
  const [status, setStatus] = useState<StatusFilter>('open');
  const [rows, setRows] = useState<FollowUp[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [acting, setActing] = useState<{ action: FollowUpAction; followUp: FollowUp } | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setRows(await call('ratings.followUps', { status }));
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setLoading(false);
    }
  }, [status]);
  useEffect(() => void load(), [load]);

  const overseer = user?.role === 'supervisor' || user?.role === 'admin';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={status}
        onChange={(event) => setStatus(event.target.value as StatusFilter)}
        optionType="button"
        options={[
          { value: 'open', label: '未办结' },
          { value: 'closed', label: '已办结' },
          { value: 'all', label: '全部' },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} />}
      <FollowUpTable
        rows={rows}
        loading={loading}
        staffNo={user?.staffNo}
        canAssign={overseer}
        onAction={(action, followUp) => setActing({ action, followUp })}
      />
      <FollowUpActionModal
        action={acting?.action ?? null}
        followUp={acting?.followUp ?? null}
        onClose={() => setActing(null)}
        onDone={() => {
          setActing(null);
          void load();
        }}
      />
    </Space>
  );
}
