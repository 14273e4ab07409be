import { App, Button, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../shared/contract/api';
import { mayCall } from '../../../shared/contract/endpoint';
import { maxYellowDays } from '../../../shared/lifecycle/warning-level';
import { useCallMutation } from '../../data/use-call';
import { useSession } from '../../stores/session-store';

/** The hall's yellow threshold, changed here by an administrator (the back end checks the role). */
export function YellowDaysSetting({ current }: { current: number }) {
  const role = useSession((s) => s.status?.user?.role);
  const [value, setValue] = useState<number | null>(null);
  const { message } = App.useApp();
  const save = useCallMutation('supervision.settings.update', ['clockSettings']);
  if (!mayCall(api['supervision.settings.update'].access, role)) return null;
  return (
    <Space>
      <Typography.Text>黄色预警：剩余不超过</Typography.Text>
      <InputNumber
        min={0}
        max={maxYellowDays}
        precision={0}
        value={value ?? current}
        onChange={setValue}
        style={{ width: 72 }}
        data-testid="board-yellow-days"
      />
      <Typography.Text>个工作日</Typography.Text>
      <Button
        size="small"
        disabled={value === null || value === current}
        loading={save.isPending}
        data-testid="board-yellow-days-save"
        onClick={() =>
          save.mutate(
            { yellowDays: value ?? current },
            {
              onSuccess: () => {
                setValue(null);
                void message.success('预警天数已保存');
              },
              onError: (caught) => void message.error(caught.message),
            },
          )
        }
      >
        保存
      </Button>
    </Space>
  );
}
