import { AppError } from '../../shared/errors';
import { readHall } from '../services/settings/hall-settings';
import { enrolDesk } from '../sync/enrol-desk';
import { listSyncErrors } from '../sync/sync-errors-repository';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type SyncChannel = 'sync.status' | 'sync.now' | 'sync.enrol' | 'sync.errors';

export function syncHandlers({ db, sync, credentials }: BackendDeps): HandlerMap<SyncChannel> {
  return {
    'sync.status': () => sync.status(),
    'sync.now': async () => {
      await sync.syncNow();
      return sync.status();
    },
    'sync.enrol': async (input, ctx) => {
      const hall = readHall(db);
      if (!hall) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
      await enrolDesk(db, credentials, hall, input, requireUser(ctx), ctx.now);
      await sync.syncNow();
      return sync.status();
    },
    'sync.errors': () => listSyncErrors(db),
  };
}
