import { Button, Card, Tabs } from 'antd';
import { useSession } from '../../stores/session-store';
import { FollowUpsPanel } from './FollowUpsPanel';
import { openRatingScreen } from './open-rating-screen';
import { RatingLedger } from './RatingLedger';
import { RatingSettingsForm } from './RatingSettingsForm';

/** 好差评: the 差评 follow-ups to work, the ratings given, and the hall's settings. */
export function RatingsScreen() {
  const role = useSession((s) => s.status?.user?.role);
  const overseer = role === 'supervisor' || role === 'admin';
  const tabs = [
    { key: 'follow-ups', label: '差评整改', children: <FollowUpsPanel /> },
    ...(overseer ? [{ key: 'ledger', label: '评价记录', children: <RatingLedger /> }] : []),
    ...(role === 'admin' ? [{ key: 'settings', label: '设置', children: <RatingSettingsForm /> }] : []),
  ];
  return (
    <Card
      title="好差评"
      data-testid="ratings-screen"
      extra={
        <Button onClick={() => openRatingScreen()} data-testid="open-rating-screen">
          打开评价屏
        </Button>
      }
    >
      <Tabs items={tabs} destroyOnHidden />
    </Card>
  );
}
