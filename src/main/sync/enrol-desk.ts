import { AppError } from '../../shared/errors';
import type { Hall } from '../../shared/contract/app-endpoints';
import type { SessionUser } from '../../shared/contract/user-types';
import type { Db } from '../db/open-database';
import { appendAudit } from '../services/audit/audit-log';
import { deleteSetting, setSetting } from '../services/settings/settings-repository';
import { CentralClient, CentralError } from './central-client';
import type { CredentialStore } from './credential-store';
import { centralUrlKey, reEnrolKey } from './sync-engine';

/** Exchanges the centre's one-time enrolment code for this desk's credential. */
export async function enrolDesk(
  db: Db,
  credentials: CredentialStore,
  hall: Hall,
  input: { centralUrl: string; enrolmentCode: string },
  actor: SessionUser,
  now: Date,
): Promise<void> {
  const centralUrl = input.centralUrl.replace(/\/+$/, '');
  let enrolment;
  try {
    enrolment = await new CentralClient(centralUrl).enrol({ enrolmentCode: input.enrolmentCode, hallCode: hall.code, deskNo: hall.deskNo });
  } catch (error) {
    const message = error instanceof CentralError ? error.message : '注册失败，请稍后重试';
    throw new AppError(error instanceof CentralError && error.kind === 'refused' ? 'VALIDATION' : 'INTERNAL', message, 'enrolmentCode');
  }
  credentials.save({ deskId: enrolment.deskId, secret: enrolment.credential });
  db.transaction(() => {
    setSetting(db, centralUrlKey, centralUrl);
    deleteSetting(db, reEnrolKey);
    appendAudit(db, {
      at: now.toISOString(),
      actorId: actor.id,
      actorStaffNo: actor.staffNo,
      action: 'sync.enrolled',
      entity: 'desk',
      entityId: `${hall.code}-${hall.deskNo}`,
      detail: { centralUrl, deskId: enrolment.deskId },
    });
  }).immediate();
}
