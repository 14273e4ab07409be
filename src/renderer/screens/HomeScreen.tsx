import { Card, Descriptions } from 'antd';
import { roleLabels } from '../../shared/contract/roles';
import { useSession } from '../stores/session-store';

export function HomeScreen() {
  const status = useSession((s) => s.status);
  if (!status?.user || !status.hall) return null;
  return (
    <Card title="工作台" data-testid="home">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="大厅">{status.hall.name}（{status.hall.code}）</Descriptions.Item>
        <Descriptions.Item label="窗口">{status.hall.deskNo}</Descriptions.Item>
        <Descriptions.Item label="当前用户">
          {status.user.name}（{status.user.staffNo}，{roleLabels[status.user.role]}）
        </Descriptions.Item>
        <Descriptions.Item label="版本">{status.version}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
