import { App } from 'antd';
import { useEffect } from 'react';
import { formatTime } from '../screens/cases/format-time';
import { call } from '../api/client';

const noticeKey = 'handover-note';
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
          key: noticeKey,
          title: `交接说明：${note.name}（${note.staffNo}），${formatTime(note.savedAt)}`,
          description: <span data-testid="handover-notice">{note.text}</span>,
          duration: 0,
          // Not over the header's buttons (退出 sits top right).
          placement: 'bottomRight',
        });
      },
      () => undefined,
    );
    return () => {
      stale = true;
      // Logging out ends the shell: the note goes with it.
      notification.destroy(noticeKey);
    };
  }, [staffNo, notification]);
  return null;
}
