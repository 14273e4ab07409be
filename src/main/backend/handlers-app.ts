import { changeOwnPassword, login, logout } from '../services/auth/auth-service';
import { auditPeople, queryAudit } from '../services/audit/audit-queries';
import { verifyAuditChain } from '../services/audit/verify-audit-chain';
import { readDeskSettings, updateDeskSettings } from '../services/settings/desk-settings';
import { readHall } from '../services/settings/hall-settings';
import { initializeDesk } from '../services/setup/setup-service';
import { createUser, resetPassword, unlockUser, updateUser } from '../services/users/user-service';
import { findUserById, listUsers, toUser } from '../services/users/user-repository';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';
import { readHallTimeZone } from '../services/settings/hall-time-zone';

type FoundationChannel =
  | 'app.status'
  | 'setup.initialize'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.changePassword'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword'
  | 'users.unlock'
  | 'audit.list'
  | 'audit.verify'
  | 'settings.get'
  | 'settings.update';

export function foundationHandlers({ db, sessions, version }: BackendDeps): HandlerMap<FoundationChannel> {
  /** A session remembers the password it was opened with: a change or reset elsewhere ends it. */
  const bind = (sessionKey: string, userId: number) =>
    sessions.bind(sessionKey, { id: userId, passwordHash: findUserById(db, userId)!.password_hash });
  return {
    'app.status': (_input, ctx) => {
      const hall = readHall(db);
      return { setupDone: hall !== null, hall, user: ctx.user, version, timeZone: readHallTimeZone(db) };
    },
    'setup.initialize': async (input, ctx) => {
      const user = await initializeDesk(db, input, ctx.now);
      bind(ctx.sessionKey, user.id);
      return user;
    },
    'auth.login': async (input, ctx) => {
      const user = await login(db, input.staffNo, input.password, ctx.source, ctx.now);
      bind(ctx.sessionKey, user.id);
      return user;
    },
    'auth.logout': (_input, ctx) => {
      logout(db, requireUser(ctx), ctx.now);
      sessions.forget(ctx.sessionKey);
      return { ok: true };
    },
    'auth.changePassword': async (input, ctx) => {
      const user = await changeOwnPassword(db, requireUser(ctx), input.oldPassword, input.newPassword, ctx.source, ctx.now);
      // Every other session of the account ends with the old password; this one goes on.
      bind(ctx.sessionKey, user.id);
      return user;
    },
    'users.list': () => listUsers(db).map(toUser),
    'users.create': (input, ctx) => createUser(db, requireUser(ctx), input, ctx.now),
    'users.update': (input, ctx) => updateUser(db, requireUser(ctx), input, ctx.now),
    'users.resetPassword': async (input, ctx) => {
      await resetPassword(db, requireUser(ctx), input.id, input.password, ctx.now);
      return { ok: true };
    },
    'users.unlock': (input, ctx) => unlockUser(db, requireUser(ctx), input.id, ctx.now),
    'audit.list': (input) => {
      const { total, rows } = queryAudit(db, input, input.page, input.pageSize);
      return {
        total,
        people: auditPeople(db),
        rows: rows.map((r) => ({
          seq: r.seq,
          at: r.at,
          actorStaffNo: r.actor_staff_no,
          actorName: r.actor_name,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          detail: r.detail,
        })),
      };
    },
    'audit.verify': () => verifyAuditChain(db),
    'settings.get': () => readDeskSettings(db),
    'settings.update': (input, ctx) => updateDeskSettings(db, requireUser(ctx), input, ctx.now),
  };
}
