import { Hono } from 'hono';
import {
  decideRoute,
  endSpecialStepRoute,
  queueRoute,
  requestMaterialsRoute,
  startReviewRoute,
  startSpecialStepRoute,
  subtaskRoute,
} from '../contract/workbench-contract';
import type { CentralDeps } from '../http/central-deps';
import type { CentralEnv } from '../http/central-env';
import { centreUserOf } from '../http/require-role';
import { serveCentreRoute } from '../http/serve-centre-route';
import { actOnSubtask, decidePlan, requestMaterialsPlan, specialStepPlan, startPlan } from './department-actions';
import { readQueue } from './department-queue';
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
  serveCentreRoute(app, decideRoute, (input, c) => actOnSubtask(sql, centreUserOf(c), input, decidePlan(input)));
  return app;
}
