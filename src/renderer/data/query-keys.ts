import type { Channel, InputOf } from '../../shared/contract/api';

/**
 * Every query key of the renderer comes from here: a read is keyed by its channel and input, so
 * invalidating a channel refreshes every screen showing any of its answers.
 */
export function callKey<C extends Channel>(channel: C, input: InputOf<C>): readonly [C, InputOf<C>] {
  return [channel, input] as const;
}

/** A page's image as a data URL: pages never change, so one key per page and size, never stale. */
export function pageImageKey(pageId: string, thumbnail: boolean): readonly ['page-image', string, boolean] {
  return ['page-image', pageId, thumbnail] as const;
}

/** The prefix that matches every answer of one channel. */
export function channelKey(channel: Channel): readonly [Channel] {
  return [channel] as const;
}

/**
 * What a change makes stale, by kind of change. A mutation names one of these and the screens
 * that read any of its channels load again (when shown).
 */
export const staleAfter = {
  /** A case registered, moved along its lifecycle, corrected, 催办 or its assignment changed. */
  caseChange: [
    'cases.search',
    'cases.get',
    'lifecycle.get',
    'lifecycle.changes',
    'home.overview',
    'supervision.board',
    'supervision.myCases',
    'agents.worklist',
    'ratings.followUps',
    'print.documents',
    'ratings.forCase',
    'materials.list',
  ],
  /** A document printed (a receipt, a notice): the printed list, the next preview's number and 补打. */
  documentPrinted: ['print.documents', 'print.preview', 'home.overview'],
  /** The user's changed-cases marker moved (已读). */
  changesSeen: ['lifecycle.changes'],
  notificationRead: ['notifications.unread'],
  /**
   * A sync run (立即同步, enrolment): the centre's changes may touch anything shown. The sync
   * state itself arrives as a push.
   */
  syncRun: [
    'sync.status',
    'sync.errors',
    'catalogue.search',
    'catalogue.get',
    'cases.search',
    'cases.get',
    'lifecycle.get',
    'lifecycle.changes',
    'home.overview',
    'supervision.board',
    'supervision.myCases',
    'agents.worklist',
  ],
  /** A 差评 follow-up assigned, called back or closed. */
  followUpChange: ['ratings.followUps', 'ratings.overdueFollowUps', 'ratings.forCase', 'notifications.unread'],
  /** An invitation to rate made or withdrawn. */
  ratingInvitation: ['ratings.forCase'],
  /** An account created, changed, reset or unlocked. */
  accountChange: ['users.list', 'agents.list', 'ratings.assignees'],
  /** A shift hand-over note saved (日结). */
  handoverSaved: ['ledger.get', 'ledger.latestHandover'],
  /** A catalogue imported: searches and guides show the new versions. */
  catalogueImport: ['catalogue.search', 'catalogue.get', 'intake.plan', 'print.guidePreview'],
  /** The working-day calendar or a setting that moves the clocks (e.g. yellow days). */
  clockSettings: ['calendar.status', 'supervision.board', 'supervision.myCases', 'agents.worklist', 'home.overview'],
} satisfies Record<string, readonly Channel[]>;

export type StaleKind = keyof typeof staleAfter;
