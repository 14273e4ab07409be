import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import type { RatingSettings } from '../../../shared/ratings/follow-up-schemas';
import { defaultFollowUpDays, followUpDayChoices } from '../../../shared/ratings/rating-levels';
import type { Db } from '../../db/open-database';
import { recordChange } from '../record-change';
import { getSetting, setSetting } from '../settings/settings-repository';
import { findUserByStaffNo } from '../users/user-repository';

const daysKey = 'ratings.followUpWorkingDays';
const responsibleKey = 'ratings.defaultResponsible';

export function readRatingSettings(db: Db): RatingSettings {
  const days = Number(getSetting(db, daysKey));
  const responsible = getSetting(db, responsibleKey);
  return {
    followUpWorkingDays: (followUpDayChoices as readonly number[]).includes(days)
      ? (days as RatingSettings['followUpWorkingDays'])
      : defaultFollowUpDays,
    defaultResponsibleStaffNo: responsible ? responsible : null,
  };
}

/** A changed time limit applies to follow-ups opened from now on; open ones keep their due date. */
export function updateRatingSettings(db: Db, actor: SessionUser, settings: RatingSettings, now: Date): RatingSettings {
  return db
    .transaction(() => {
      if (settings.defaultResponsibleStaffNo !== null) {
        const user = findUserByStaffNo(db, settings.defaultResponsibleStaffNo);
        if (!user || user.active !== 1) {
          throw new AppError('VALIDATION', `工号 ${settings.defaultResponsibleStaffNo} 不是在用账号`, 'defaultResponsibleStaffNo');
        }
      }
      setSetting(db, daysKey, String(settings.followUpWorkingDays));
      setSetting(db, responsibleKey, settings.defaultResponsibleStaffNo ?? '');
      const saved = readRatingSettings(db);
      // The centre already knows desk-settings events: these are the desk's 好差评 settings.
      recordChange(db, {
        actor,
        at: now.toISOString(),
        op: 'settings.updated',
        entity: 'desk-settings',
        entityId: 'ratings',
        payload: saved,
      });
      return saved;
    })
    .immediate();
}
