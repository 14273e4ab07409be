import { Descriptions, Typography } from 'antd';
import { centreRoleLabels } from '../../accounts/centre-user';
import { useCentreSession } from './use-centre-session';

/** Who is signed in and what they are bound to; the menu on the left leads to the work. */
export function HomeScreen() {
  const user = useCentreSession().data?.user;
  if (user === undefined) return null;
  return (
    <>
      <Typography.Title level={4}>欢迎使用政务服务中心平台</Typography.Title>
      <Descriptions column={1} bordered size="small" style={{ maxWidth: 560 }}>
        <Descriptions.Item label="工号">{user.staffNo}</Descriptions.Item>
        <Descriptions.Item label="姓名">{user.name}</Descriptions.Item>
        <Descriptions.Item label="角色">{centreRoleLabels[user.role]}</Descriptions.Item>
        {user.hallCode === null ? null : <Descriptions.Item label="所属大厅">{user.hallCode}</Descriptions.Item>}
        {user.department === null ? null : <Descriptions.Item label="所属部门">{user.department}</Descriptions.Item>}
      </Descriptions>
    </>
  );
}
