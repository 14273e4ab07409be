import { Hono } from 'hono';
import { AppError } from '../../shared/errors';
import { hallDateOf } from '../../shared/time/hall-time';
import type { CentreUser } from '../accounts/centre-user';
import { boardQuerySchema, boardReaders, boardRoute, boardWorkbookPath, type BoardQuery } from '../contract/board-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { centreUserOf, requireRole } from '../http/require-role';
import { serveCentreRoute } from '../http/serve-centre-route';
import { queryInput } from '../http/validate-input';
import { settleProjections } from '../sync/settle-projections';
import { centreCalendar } from '../workbench/centre-calendar';
import { boardFigures } from './board-figures';
import type { BoardScope } from './board-queries';
import { boardWorkbookName, buildBoardWorkbook } from './board-workbook';

/** Inspectors and the centre's administrators see every hall; a hall administrator only their own. */
export function boardScopeFor(user: CentreUser, query: BoardQuery): BoardScope {
  let hallCode = query.hallCode ?? null;
  if (user.role === 'hall-admin') {
    if (user.hallCode === null) throw new AppError('FORBIDDEN', '当前账号未绑定大厅，无权查看督查看板');
    if (hallCode !== null && hallCode !== user.hallCode) throw new AppError('FORBIDDEN', '大厅管理员只能查看本大厅的数据');
    hallCode = user.hallCode;
  }
  return { from: query.from, to: query.to, hallCode, department: query.department ?? null };
}

/** GET /v1/work/board (JSON) and /v1/work/board/xlsx: the supervision board, read-only, counted with the desks' calendar. */
export function boardRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const figuresFor = async (user: CentreUser, query: BoardQuery) => {
    const now = new Date();
    const scope = boardScopeFor(user, query);
    await settleProjections(deps.sql, scope.hallCode);
    const calendar = await centreCalendar(deps.sql);
    return boardFigures(deps.sql, { calendar }, scope, hallDateOf(now), now);
  };
  const app = new Hono<CentralEnv>();
  app.get(boardWorkbookPath, requireRole(...boardReaders), queryInput(boardQuerySchema), async (c) => {
    const figures = await figuresFor(c.get('centreUser')!, c.get('query'));
    const body = await buildBoardWorkbook(figures);
    return c.body(new Uint8Array(body), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(boardWorkbookName(figures))}`,
      'cache-control': 'no-store',
    });
  });
  serveCentreRoute(app, boardRoute, (input, c) => figuresFor(centreUserOf(c), input));
  return app;
}
