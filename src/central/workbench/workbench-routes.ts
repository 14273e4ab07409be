import { Hono } from 'hono';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { kib } from '../http/read-body';
import { okReply } from '../http/replies';
import { requireRole } from '../http/require-role';
import { AppError } from '../../shared/errors';
import type { CentreUser } from '../accounts/centre-user';
import { jsonInput, limitBody, queryInput } from '../http/validate-input';
import {
  decideInputSchema,
  queueQuerySchema,
  requestMaterialsInputSchema,
  specialStepInputSchema,
  startReviewInputSchema,
  subtaskKeySchema,
  workRoutes,
} from '../contract/workbench-contract';
import { actOnSubtask, decidePlan, requestMaterialsPlan, specialStepPlan, startPlan } from './department-actions';
import { readQueue } from './department-queue';
import { readSubtaskPage } from './subtask-page';

const jsonLimit = limitBody(64 * kib, '请求内容过大');
/** Every signed-in role reads (each within its scope); only a department reviewer acts. */
const readers = requireRole('department-reviewer', 'hall-admin', 'inspector', 'centre-admin');
const reviewer = requireRole('department-reviewer');

/** The account requireRole let through (read from the request's variables, whatever the route's input). */
function signedIn(vars: { centreUser?: CentreUser }): CentreUser {
  if (vars.centreUser === undefined) throw new AppError('UNAUTHENTICATED', '请先登录中心平台');
  return vars.centreUser;
}

/** The department workbench: /v1/work (contract: src/central/contract/workbench-contract.ts). */
export function workbenchRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const { sql } = deps;
  return new Hono<CentralEnv>()
    .get(workRoutes.queue, readers, queryInput(queueQuerySchema), async (c) =>
      okReply(c, await readQueue(sql, signedIn(c.var), c.get('query'))),
    )
    .get(workRoutes.subtask, readers, queryInput(subtaskKeySchema), async (c) =>
      okReply(c, await readSubtaskPage(sql, signedIn(c.var), c.get('query'))),
    )
    .post(workRoutes.start, reviewer, jsonLimit, jsonInput(startReviewInputSchema), async (c) =>
      okReply(c, await actOnSubtask(sql, signedIn(c.var), c.get('input'), startPlan())),
    )
    .post(workRoutes.requestMaterials, reviewer, jsonLimit, jsonInput(requestMaterialsInputSchema), async (c) =>
      okReply(c, await actOnSubtask(sql, signedIn(c.var), c.get('input'), requestMaterialsPlan(c.get('input')))),
    )
    .post(workRoutes.startSpecialStep, reviewer, jsonLimit, jsonInput(specialStepInputSchema), async (c) =>
      okReply(c, await actOnSubtask(sql, signedIn(c.var), c.get('input'), specialStepPlan(c.get('input'), true))),
    )
    .post(workRoutes.endSpecialStep, reviewer, jsonLimit, jsonInput(specialStepInputSchema), async (c) =>
      okReply(c, await actOnSubtask(sql, signedIn(c.var), c.get('input'), specialStepPlan(c.get('input'), false))),
    )
    .post(workRoutes.decide, reviewer, jsonLimit, jsonInput(decideInputSchema), async (c) =>
      okReply(c, await actOnSubtask(sql, signedIn(c.var), c.get('input'), decidePlan(c.get('input')))),
    );
}
