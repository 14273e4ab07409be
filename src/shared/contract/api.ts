import type { z } from 'zod';
import { appEndpoints } from './app-endpoints';
import { auditEndpoints } from './audit-endpoints';
import { calendarEndpoints } from './calendar-endpoints';
import { authEndpoints } from './auth-endpoints';
import { caseEndpoints } from './case-endpoints';
import { catalogueEndpoints } from './catalogue-endpoints';
import { homeEndpoints } from './home-endpoints';
import { correctionEndpoints } from './correction-endpoints';
import { ledgerEndpoints } from './ledger-endpoints';
import { materialEndpoints } from './material-endpoints';
import { notificationEndpoints } from './notification-endpoints';
import { pageUploadEndpoints } from './page-upload-endpoints';
import { lifecycleEndpoints } from './lifecycle-endpoints';
import { printEndpoints } from './print-endpoints';
import { projectEndpoints } from './project-endpoints';
import { ratingEndpoints } from './rating-endpoints';
import { reportEndpoints } from './report-endpoints';
import { resultFileEndpoints } from './result-file-endpoints';
import { settingsEndpoints } from './settings-endpoints';
import { syncEndpoints } from './sync-endpoints';

/**
 * The one contract between the renderer and the back end. Both shells (Electron IPC and the
 * local web host) carry exactly these calls; the back end validates every input against it.
 */
export const api = {
  ...appEndpoints,
  ...authEndpoints,
  ...auditEndpoints,
  ...catalogueEndpoints,
  ...caseEndpoints,
  ...settingsEndpoints,
  ...syncEndpoints,
  ...printEndpoints,
  ...lifecycleEndpoints,
  ...ratingEndpoints,
  ...reportEndpoints,
  ...calendarEndpoints,
  ...homeEndpoints,
  ...correctionEndpoints,
  ...ledgerEndpoints,
  ...notificationEndpoints,
  ...projectEndpoints,
  ...materialEndpoints,
  ...pageUploadEndpoints,
  ...resultFileEndpoints,
};

export type Api = typeof api;
export type Channel = keyof Api;
export type InputOf<C extends Channel> = z.input<Api[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Api[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Api[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(api, name);
}
