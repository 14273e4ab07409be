import { App } from 'antd';
import { useEffect } from 'react';
import { hallDateTime } from '../../shared/calendar/hall-time';
import { call } from '../api/client';

const seenKey = (staffNo: string) => `halldesk.handoverSeen.${staffNo}`;

/** After login: the last shift's hand-over note at this desk, once per note for each person. */
export function HandoverNotice({ staffNo }: { staffNo: string }) {
  const { notification } = App.useApp();
  useEffect(() => {
    let stale = false;
    call('ledger.latestHandover', {}).then(
      (note) => {
        if (stale || !note || localStorage.getItem(seenKey(staffNo)) === note.savedAt) return;
        localStorage.setItem(seenKey(staffNo), note.savedAt);
        notification.info({
          title: `交接说明：${note.name}（${note.staffNo}），${hallDateTime(note.savedAt)}`,
          description: <span data-testid="handover-notice">{note.text}</span>,
          duration: 0,
          placement: 'topRight',
        });
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [staffNo, notification]);
  return null;
}
