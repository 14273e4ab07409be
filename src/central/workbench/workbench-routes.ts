import { Hono } from 'hono';
import {
  decideRoute,
  endSpecialStepRoute,
  queueRoute,
  requestMaterialsRoute,
  resultFileUploadPath,
  startReviewRoute,
  startSpecialStepRoute,
  subtaskKeySchema,
  subtaskRoute,
} from '../contract/workbench-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { parseInput, queryObject } from '../http/parse-input';
import { kib } from '../http/read-body';
import { okReply } from '../http/replies';
import { centreUserOf, requireRole } from '../http/require-role';
import { limitBody } from '../http/validate-input';
import { serveCentreRoute } from '../http/serve-centre-route';
import { actOnSubtask, decidePlan, requestMaterialsPlan, specialStepPlan, startPlan } from './department-actions';
import { readQueue } from './department-queue';
import { maxResultFileBytes, mustBeResultFileOf, uploadResultFile } from './result-file';
import { readSubtaskPage } from './subtask-page';

/** The department workbench's routes (contract: src/central/contract/workbench-contract.ts); each scoped by the signed-in account. */
export function workbenchRoutes(deps: CentralDeps): Hono<CentralEnv> {
  const { sql } = deps;
  const app = new Hono<CentralEnv>();
  serveCentreRoute(app, queueRoute, (input, c) => readQueue(sql, centreUserOf(c), input));
  serveCentreRoute(app, subtaskRoute, (input, c) => readSubtaskPage(sql, centreUserOf(c), input));
  serveCentreRoute(app, startReviewRoute, (input, c) => actOnSubtask(sql, centreUserOf(c), input, startPlan()));
  serveCentreRoute(app, requestMaterialsRoute, (input, c) => actOnSubtask(sql, centreUserOf(c), input, requestMaterialsPlan(input)));
  serveCentreRoute(app, startSpecialStepRoute, (input, c) => actOnSubtask(sql, centreUserOf(c), input, specialStepPlan(input, true)));
  serveCentreRoute(app, endSpecialStepRoute, (input, c) => actOnSubtask(sql, centreUserOf(c), input, specialStepPlan(input, false)));
  serveCentreRoute(app, decideRoute, async (input, c) => {
    await mustBeResultFileOf(sql, input);
    return actOnSubtask(sql, centreUserOf(c), input, decidePlan(input));
  });
  const { pages } = deps;
  if (pages) {
    app.post(
      resultFileUploadPath,
      requireRole('department-reviewer'),
      limitBody(maxResultFileBytes + kib, '结果文件不能超过 20 MB'),
      async (c) => {
        const key = parseInput(subtaskKeySchema, queryObject(new URL(c.req.url)));
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        return okReply(c, await uploadResultFile(sql, pages, centreUserOf(c), key, bytes, deps.now?.() ?? new Date()));
      },
    );
  }
  return app;
}
