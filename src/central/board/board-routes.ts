import { Hono } from 'hono';
import { defaultCalendar } from '../../shared/calendar/default-calendar';
import { AppError } from '../../shared/errors';
import { hallDateOf } from '../../shared/time/hall-time';
import type { CentreUser } from '../accounts/centre-user';
import { boardQuerySchema, boardRoutes as paths, type BoardQuery } from '../contract/board-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { okReply } from '../http/replies';
import { requireRole } from '../http/require-role';
import { queryInput } from '../http/validate-input';
import { boardFigures, type BoardDeps } from './board-figures';
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

/** GET /v1/work/board (JSON) and /v1/work/board/xlsx: the supervision board, read-only. */
export function boardRoutes(deps: CentralDeps, board: BoardDeps = { calendar: defaultCalendar }): Hono<CentralEnv> {
  const readers = requireRole('inspector', 'centre-admin', 'hall-admin');
  const figuresFor = (user: CentreUser | undefined, query: BoardQuery) => {
    // requireRole let the request through, so someone is signed in.
    if (user === undefined) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
    const now = new Date();
    return boardFigures(deps.sql, board, boardScopeFor(user, query), hallDateOf(now), now);
  };
  return new Hono<CentralEnv>()
    .get(paths.figures, readers, queryInput(boardQuerySchema), async (c) =>
      okReply(c, await figuresFor(c.get('centreUser'), c.get('query'))),
    )
    .get(paths.workbook, readers, queryInput(boardQuerySchema), async (c) => {
      const figures = await figuresFor(c.get('centreUser'), c.get('query'));
      const body = await buildBoardWorkbook(figures);
      return c.body(new Uint8Array(body), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(boardWorkbookName(figures))}`,
        'cache-control': 'no-store',
      });
    });
}
