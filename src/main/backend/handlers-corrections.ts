import type { correctionEndpoints } from '../../shared/contract/correction-endpoints';
import { correctContact, correctMaterial } from '../services/corrections/correct-case';
import { voidCase } from '../services/corrections/void-case';
import { caseChangeHelpers } from './case-change-helpers';
import type { BackendDeps, HandlerMap } from './handler-types';

/** 更正 and 作废. */
export function correctionHandlers(deps: BackendDeps): HandlerMap<keyof typeof correctionEndpoints> {
  const { change, result } = caseChangeHelpers(deps);
  return {
    'cases.correctContact': (input, ctx) => result(correctContact(change(ctx), input), ctx),
    'cases.correctMaterial': (input, ctx) => result(correctMaterial(change(ctx), input), ctx),
    'cases.void': async (input, ctx) => result(await voidCase(change(ctx), input, ctx.source), ctx),
  };
}
