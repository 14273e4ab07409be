import { z } from 'zod';
import { caseStates } from '../intake/case-types';
import { decisionKinds } from '../intake/decision';
import { caseClockRowSchema } from '../lifecycle/lifecycle-view';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

export const homeOverviewSchema = z.object({
  today: z.string(),
  /** Cases the caller registered today, the latest first. */
  todayCases: z.array(
    z.object({
      caseNo: z.string(),
      applicantName: z.string(),
      itemNames: z.string(),
      state: z.enum(caseStates),
      decision: z.enum(decisionKinds),
      receivedAt: z.string(),
    }),
  ),
  /** The caller's open cases at yellow or red, the most urgent first. */
  dueSoon: z.array(caseClockRowSchema),
  /** 容缺 materials still owed on the caller's open cases, the earliest deadline first. */
  deferredDue: z.array(
    z.object({
      caseNo: z.string(),
      applicantName: z.string(),
      materialName: z.string(),
      deadline: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  /** The caller's 已办结 cases whose result has not gone out (出件). */
  readyToHandOut: z.array(caseClockRowSchema),
  /** Changes of this desk not yet sent to the centre. */
  unsentChanges: z.number(),
});
export type HomeOverview = z.infer<typeof homeOverviewSchema>;

export const homeEndpoints = {
  'home.overview': endpoint({ title: '查看工作台', access: 'session', input: emptyInput, output: homeOverviewSchema }),
};
