import type { ledgerEndpoints } from '../../shared/contract/ledger-endpoints';
import type { notificationEndpoints } from '../../shared/contract/notification-endpoints';
import { AppError } from '../../shared/errors';
import { readDailyLedger } from '../services/ledger/daily-ledger';
import { latestHandoverFor, saveHandoverNote } from '../services/ledger/handover-notes';
import { markNotificationRead, unreadNotifications, urgeCase } from '../services/notifications/notifications';
import type { PrintService } from '../services/printing/print-service';
import { readHall } from '../services/settings/hall-settings';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type ClerkDayChannel = keyof typeof ledgerEndpoints | keyof typeof notificationEndpoints;

/** 日结, the hand-over note, and 催办 notifications. */
export function clerkDayHandlers({ db }: BackendDeps, printing: PrintService): HandlerMap<ClerkDayChannel> {
  const hall = () => {
    const value = readHall(db);
    if (!value) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return value;
  };
  return {
    'ledger.get': (input, ctx) => readDailyLedger(db, hall(), requireUser(ctx), input, ctx.now),
    'ledger.pdf': async (input, ctx) => {
      const user = requireUser(ctx);
      const { fileName, pdf, pageCount } = await printing.ledgerPdf(readDailyLedger(db, hall(), user, input, ctx.now), user, ctx.now);
      return { fileName, pdfBase64: pdf.toString('base64'), pageCount };
    },
    'ledger.saveHandover': (input, ctx) => saveHandoverNote(db, requireUser(ctx), input.text, ctx.now),
    'ledger.latestHandover': (_input, ctx) => latestHandoverFor(db, requireUser(ctx)),
    'supervision.urge': (input, ctx) => urgeCase(db, requireUser(ctx), input, ctx.now),
    'notifications.unread': (_input, ctx) => unreadNotifications(db, requireUser(ctx)),
    'notifications.markRead': (input, ctx) => {
      markNotificationRead(db, requireUser(ctx), input.id, ctx.now);
      return { ok: true };
    },
  };
}
