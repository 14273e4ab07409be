import { changeOwnPassword, login, logout } from '../services/auth/auth-service';
import { auditPeople, queryAudit } from '../services/audit/audit-query';
import { verifyAuditChain } from '../services/audit/verify-audit-chain';
import { readDeskSettings, updateDeskSettings } from '../services/settings/desk-settings';
import { readHall } from '../services/settings/hall-settings';
import { initializeDesk } from '../services/setup/setup-service';
import { createUser, resetPassword, updateUser } from '../services/users/user-service';
import { listUsers, toUser } from '../services/users/user-repository';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

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
  | 'audit.list'
  | 'audit.verify'
  | 'settings.get'
  | 'settings.update';

export function foundationHandlers({ db, sessions, version }: BackendDeps): HandlerMap<FoundationChannel> {
  return {
    'app.status': (_input, ctx) => {
      const hall = readHall(db);
      return { setupDone: hall !== null, hall, user: ctx.user, version };
    },
    'setup.initialize': async (input, ctx) => {
      const user = await initializeDesk(db, input, ctx.now);
      sessions.bind(ctx.sessionKey, user);
      return user;
    },
    'auth.login': async (input, ctx) => {
      const user = await login(db, input.staffNo, input.password, ctx.now);
      sessions.bind(ctx.sessionKey, user);
      return user;
    },
    'auth.logout': (_input, ctx) => {
      logout(db, requireUser(ctx), ctx.now);
      sessions.forget(ctx.sessionKey);
      return { ok: true };
    },
    'auth.changePassword': async (input, ctx) => {
      await changeOwnPassword(db, requireUser(ctx), input.oldPassword, input.newPassword, ctx.now);
      return { ok: true };
    },
    'users.list': () => listUsers(db).map(toUser),
    'users.create': (input, ctx) => createUser(db, requireUser(ctx), input, ctx.now),
    'users.update': (input, ctx) => updateUser(db, requireUser(ctx), input, ctx.now),
    'users.resetPassword': async (input, ctx) => {
      await resetPassword(db, requireUser(ctx), input.id, input.password, ctx.now);
      return { ok: true };
    },
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
