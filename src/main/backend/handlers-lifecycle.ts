import { hallDate } from '../../shared/calendar/hall-date';
import type { lifecycleEndpoints } from '../../shared/contract/lifecycle-endpoints';
import { testOnlyChannels } from '../../shared/contract/lifecycle-endpoints';
import { AppError } from '../../shared/errors';
import { listActiveAgents } from '../services/agents/agent-repository';
import { assignAgent, handOver } from '../services/agents/assign-agent';
import { readWorklist } from '../services/agents/worklist';
import { listChanges, markSeen } from '../services/lifecycle/case-changes';
import { closeCase } from '../services/lifecycle/close-case';
import { deliverResult } from '../services/lifecycle/deliver';
import { readLifecycle } from '../services/lifecycle/lifecycle-reader';
import { recordDecision, startProcessing } from '../services/lifecycle/progress';
import { requestMaterials } from '../services/lifecycle/request-materials';
import { recordSpecialStep } from '../services/lifecycle/special-steps';
import { supplyMaterials } from '../services/lifecycle/supply-materials';
import { readBoard } from '../services/supervision/board';
import { readMyCases } from '../services/supervision/my-cases';
import { readSupervisionSettings, readYellowDays, updateSupervisionSettings } from '../services/supervision/supervision-settings';
import type { TestClock } from '../services/supervision/test-clock';
import { requireUser, type CallContext } from './call-context';
import { caseChangeHelpers } from './case-change-helpers';
import type { Dispatch } from './dispatcher';
import type { BackendDeps, HandlerMap } from './handler-types';

type LifecycleChannel = keyof typeof lifecycleEndpoints;

/** The case lifecycle, 督办 and 帮办代办; `testClock` only where the web host runs with one. */
export function lifecycleHandlers(deps: BackendDeps, testClock: TestClock | null): HandlerMap<LifecycleChannel> {
  const { db } = deps;
  const { reading, change, result } = caseChangeHelpers(deps);
  const list = (ctx: CallContext, rows: (today: string) => ReturnType<typeof readMyCases>) => {
    const today = hallDate(ctx.now);
    return { today, yellowDays: readYellowDays(db), rows: rows(today) };
  };

  return {
    'lifecycle.get': (input, ctx) => readLifecycle(reading(), input.caseNo, ctx.now, ctx.user),
    'lifecycle.supply': (input, ctx) => result(supplyMaterials(change(ctx), input), ctx),
    'lifecycle.requestMaterials': (input, ctx) => result(requestMaterials(change(ctx), input), ctx),
    'lifecycle.start': (input, ctx) => result(startProcessing(change(ctx), input), ctx),
    'lifecycle.recordDecision': (input, ctx) => result(recordDecision(change(ctx), input), ctx),
    'lifecycle.specialStep': (input, ctx) => result(recordSpecialStep(change(ctx), input), ctx),
    'lifecycle.deliver': (input, ctx) => result(deliverResult(change(ctx), input), ctx),
    'lifecycle.withdraw': (input, ctx) => result(closeCase(change(ctx), input.caseNo, 'withdrawn', input.reason), ctx),
    'lifecycle.terminate': (input, ctx) => result(closeCase(change(ctx), input.caseNo, 'terminated', input.reason), ctx),
    'lifecycle.changes': (_input, ctx) => listChanges(db, requireUser(ctx)),
    'lifecycle.markSeen': (input, ctx) => {
      markSeen(db, requireUser(ctx), input.upToSeq);
      return { ok: true };
    },
    'supervision.board': (input, ctx) => readBoard(reading(), input, hallDate(ctx.now)),
    'supervision.myCases': (_input, ctx) => list(ctx, (today) => readMyCases(reading(), requireUser(ctx), today)),
    'supervision.settings.get': () => readSupervisionSettings(db),
    'supervision.settings.update': (input, ctx) => updateSupervisionSettings(db, requireUser(ctx), input, ctx.now),
    'agents.list': () => listActiveAgents(db),
    'agents.assign': (input, ctx) => result(assignAgent(change(ctx), input), ctx),
    'agents.handover': (input, ctx) => result(handOver(change(ctx), input), ctx),
    'agents.worklist': (_input, ctx) => list(ctx, (today) => readWorklist(reading(), requireUser(ctx), today)),
    'testing.advanceClock': (input) => {
      if (!testClock) throw new Error('testing.advanceClock reached without a test clock: withTestChannels guards it');
      const now = testClock.advanceDays(input.days);
      return { now: now.toISOString(), today: hallDate(now) };
    },
  };
}

/**
 * Without a test clock the test-only channels do not exist: they are answered exactly as the
 * dispatcher answers any channel outside the contract, before session or input are looked at.
 */
export function withTestChannels(dispatch: Dispatch, testClock: TestClock | null): Dispatch {
  if (testClock) return dispatch;
  return (call) =>
    testOnlyChannels.includes(call.channel)
      ? Promise.resolve({ ok: false, error: new AppError('VALIDATION', `未知的调用：${call.channel}`).toInfo() })
      : dispatch(call);
}
