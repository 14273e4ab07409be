import { randomUUID } from 'node:crypto';
import type { CaseLifecycle } from '../../src/shared/lifecycle/lifecycle-view';
import { enterprise, person, socialCardItem } from './intake-fixtures';

/** 公共场所卫生许可: has the 特殊环节 现场勘验. */
const hygieneItem = '32050000WJ-XK-0001';

export type DeskCall = <T>(channel: string, input: unknown) => Promise<T>;

/**
 * What the chaos desks do with their n-th case, so that their outboxes hold lifecycle events and
 * not only registrations: `full` 受理 → 开始办理 → 办理中补正 → 补交 → 准予 → 出件; `special`
 * 受理 → 开始办理 → 特殊环节 start/end → 不予许可; `centre` 受理, then only the departments' word
 * published by the centre moves it; `notice` 补正告知 at intake → 补交 (受理) → 开始办理.
 */
export type CasePlan = 'full' | 'special' | 'centre' | 'notice';

export function planOf(caseNo: string): CasePlan {
  const n = Number(caseNo.split('-').at(-1));
  return (['notice', 'full', 'special', 'centre'] as const)[n % 4]!;
}

/** Registers the desk's next case, whose number will be `next`, as its plan wants it. */
export async function registerNext(call: DeskCall, next: number): Promise<void> {
  const plan = planOf(`X-${next}`);
  const itemCodes = [plan === 'special' ? hygieneItem : socialCardItem];
  const { materials } = await call<{ materials: { key: string; necessity: string; originals: number; copies: number; media: string[] }[] }>(
    'intake.plan',
    {
      itemCodes,
      hasAgent: false,
    },
  );
  await call('cases.register', {
    requestId: randomUUID(),
    agent: null,
    itemCodes,
    applicant: plan === 'special' ? enterprise : person,
    materials: materials.map((m) => {
      const missing = plan === 'notice' && m.key === 'applicant-id';
      const applicable = m.necessity !== 'conditional';
      return {
        key: m.key,
        applicable,
        originals: missing ? 0 : m.originals,
        copies: missing ? 0 : m.copies,
        electronic: !missing && m.media.includes('electronic'),
      };
    }),
    decision: { kind: plan === 'notice' ? 'correction-notice' : 'accept' },
  });
}

/** The next lifecycle call the case's plan asks for in its present state; null once it is where the plan ends. */
type Step = [channel: string, input: Record<string, unknown>];

function nextStep(plan: CasePlan, life: CaseLifecycle): Step | null {
  const caseNo = life.caseNo;
  const asked = life.pauses.some((p) => p.kind === 'awaiting-materials');
  const step = life.pauses.find((p) => p.kind === 'special-step');
  const supply = { caseNo, materials: [{ key: 'applicant-id', originals: 1, copies: 1 }] };
  const decide = (outcome: string): Step => [
    'lifecycle.recordDecision',
    { caseNo, position: 0, outcome, docNo: `江川〔2026〕${caseNo}`, decidedOn: life.today },
  ];
  switch (`${plan}:${life.state}`) {
    case 'full:accepted':
    case 'special:accepted':
    case 'notice:accepted':
      return ['lifecycle.start', { caseNo }];
    case 'full:in-progress':
      return asked ? decide('approved') : ['lifecycle.requestMaterials', { caseNo, keys: ['applicant-id'], note: '身份证复印件不清晰' }];
    case 'full:awaiting-materials':
    case 'notice:awaiting-materials':
      return ['lifecycle.supply', supply];
    case 'full:decided':
      return [
        'lifecycle.deliver',
        {
          caseNo,
          method: 'window',
          recipient: person.name,
          recipientKind: 'applicant',
          recipientIdNumber: person.idNumber,
          documents: '社会保障卡1张',
          signed: true,
        },
      ];
    case 'special:in-progress':
      if (!step) return ['lifecycle.specialStep', { caseNo, position: 0, stepName: '现场勘验', action: 'start' }];
      if (step.to === null) return ['lifecycle.specialStep', { caseNo, position: 0, stepName: '现场勘验', action: 'end' }];
      return decide('disapproved');
    default:
      return null;
  }
}

/** Takes the case as far as its plan goes, one call (one transaction) a step: a killed run resumes where it stopped. */
export async function advance(call: DeskCall, caseNo: string): Promise<number> {
  let steps = 0;
  for (;;) {
    const step = nextStep(planOf(caseNo), await call<CaseLifecycle>('lifecycle.get', { caseNo }));
    if (step === null) return steps;
    await call(step[0], step[1]);
    steps += 1;
  }
}
