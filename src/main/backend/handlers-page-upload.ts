import { readPageUploadSettings, updatePageUploadSettings } from '../sync/page-upload/page-upload-settings';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type PageUploadChannel = 'pageUpload.settings' | 'pageUpload.updateSettings';

export function pageUploadHandlers({ db }: BackendDeps): HandlerMap<PageUploadChannel> {
  return {
    'pageUpload.settings': () => readPageUploadSettings(db),
    'pageUpload.updateSettings': (input, ctx) => updatePageUploadSettings(db, requireUser(ctx), input, ctx.now),
  };
}
