import { App, Button, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import type { CaseClockRow } from '../../../shared/lifecycle/lifecycle-view';
import { useCallMutation } from '../../data/use-call';

/** 催办 from the board: the case's clerk gets a notice in their header until they read it. */
export function UrgeButton({ row }: { row: CaseClockRow }) {
  const [note, setNote] = useState('');
  const { message } = App.useApp();
  const urge = useCallMutation('supervision.urge', ['caseChange', 'notificationRead']);
  const run = () =>
    urge.mutate(
      { caseNo: row.caseNo, note },
      {
        onSuccess: (result) => {
          setNote('');
          void message.success(`已催办，已通知经办人${result.notified.name}`);
        },
        onError: (caught) => void message.error(caught.message),
      },
    );
  return (
    <Popconfirm
      title={`催办 ${row.caseNo}`}
      description={
        <Input
          placeholder="催办说明（可不填）"
          maxLength={200}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="urge-note"
        />
      }
      okText="催办"
      cancelText="取消"
      onConfirm={run}
      okButtonProps={{ 'data-testid': 'urge-confirm' } as Record<`data-${string}`, string>}
    >
      <Button size="small" data-testid={`urge-${row.caseNo}`}>
        催办
      </Button>
    </Popconfirm>
  );
}
