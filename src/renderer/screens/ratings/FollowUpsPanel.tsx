import { Alert, Radio, Space } from 'antd';
import { useState } from 'react';
import type { FollowUp } from '../../../shared/ratings/follow-up-schemas';
import { useCallQuery, useInvalidate } from '../../data/use-call';
import { useSession } from '../../stores/session-store';
import { FollowUpActionModal } from './FollowUpActionModal';
import { FollowUpTable, type FollowUpAction } from './FollowUpTable';

type StatusFilter = 'open' | 'closed' | 'all';

/** The follow-ups the user answers for (clerks) or all of them (supervisors), with their actions. */
export function FollowUpsPanel() {
  const user = useSession((s) => s.status?.user);
  const [status, setStatus] = useState<StatusFilter>('open');
  const found = useCallQuery('ratings.followUps', { status }, { keepPrevious: true });
  const error = found.error?.message ?? null;
  const [acting, setActing] = useState<{ action: FollowUpAction; followUp: FollowUp } | null>(null);
  const invalidate = useInvalidate();

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
        rows={found.data ?? []}
        loading={found.isFetching}
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
          void invalidate('followUpChange');
        }}
      />
    </Space>
  );
}
