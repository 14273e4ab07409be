import type { Dayjs } from 'dayjs';
import type { RegisterCaseInput } from '../../../shared/contract/case-endpoints';
import type { IdKind } from '../../../shared/identity/id-types';
import type { DecisionKind, RefusalReasonKind } from '../../../shared/intake/decision';
import type { MaterialReceipt } from '../../../shared/intake/material-check';
import type { CaseMaterialSpec } from '../../../shared/intake/material-union';

/** The antd form of the intake screen. Names mirror the contract so back-end field paths map. */
export interface IntakeFormValues {
  applicant: {
    kind: 'person' | 'enterprise';
    idKind: IdKind;
    idNumber?: string;
    creditCode?: string;
    name?: string;
    legalRepresentative?: string;
    contactName?: string;
    phone?: string;
    address?: string;
  };
  hasAgent: boolean;
  agent: { kind: 'entrusted' | 'hall-proxy'; idKind: IdKind; idNumber?: string; name?: string; phone?: string };
  decision: {
    commitmentSigned?: boolean;
    reasonKind?: RefusalReasonKind;
    reasonText?: string;
    referTo?: string;
    note?: string;
  };
  deadlines: Record<string, Dayjs | null | undefined>;
  /** 全程代办: the project this case is registered for. */
  projectNo?: string;
}

export const initialIntakeValues: IntakeFormValues = {
  applicant: { kind: 'person', idKind: 'resident' },
  hasAgent: false,
  agent: { kind: 'entrusted', idKind: 'resident' },
  decision: { commitmentSigned: false },
  deadlines: {},
};

/** Conditional lines that apply exactly when someone acts for the applicant. */
export const AGENT_MATERIALS = ['authorization-letter', 'agent-id'] as const;

export function emptyReceipt(key: string): MaterialReceipt {
  return { key, applicable: true, originals: 0, copies: 0, electronic: false };
}

/**
 * What the clerk has not touched counts as nothing received. Only a conditional line can be
 * "not applicable"; the agent switch marks keys that other items may require outright.
 */
export function receiptsFor(specs: readonly CaseMaterialSpec[], receipts: Record<string, MaterialReceipt>): MaterialReceipt[] {
  return specs.map((spec) => {
    const receipt = receipts[spec.key] ?? emptyReceipt(spec.key);
    return spec.necessity === 'conditional' || receipt.applicable ? receipt : { ...receipt, applicable: true };
  });
}

const text = (value: string | undefined) => value ?? '';

export interface RegisterRequest {
  requestId: string;
  itemCodes: string[];
  specs: CaseMaterialSpec[];
  receipts: Record<string, MaterialReceipt>;
  decision: DecisionKind;
  /** The deferred materials, in the order their deadlines are sent. */
  deferredKeys: string[];
  values: IntakeFormValues;
}

/** The register call exactly as the contract wants it; the back end validates it again. */
export function buildRegisterInput(request: RegisterRequest): RegisterCaseInput {
  const { values } = request;
  const a = values.applicant;
  const applicant: RegisterCaseInput['applicant'] =
    a.kind === 'person'
      ? { kind: 'person', idKind: a.idKind, idNumber: text(a.idNumber), name: text(a.name), phone: text(a.phone), address: a.address }
      : {
          kind: 'enterprise',
          creditCode: text(a.creditCode),
          name: text(a.name),
          legalRepresentative: text(a.legalRepresentative),
          contactName: text(a.contactName),
          phone: text(a.phone),
          address: a.address,
        };
  const g = values.agent;
  const agent = values.hasAgent
    ? { kind: g.kind, idKind: g.idKind, idNumber: text(g.idNumber), name: text(g.name), phone: text(g.phone) }
    : null;
  return {
    requestId: request.requestId,
    itemCodes: request.itemCodes,
    applicant,
    agent,
    materials: receiptsFor(request.specs, request.receipts),
    decision: buildDecision(request),
    projectNo: values.projectNo ?? null,
  };
}

function buildDecision({ decision, values, deferredKeys }: RegisterRequest): RegisterCaseInput['decision'] {
  const d = values.decision;
  switch (decision) {
    case 'accept':
      return { kind: 'accept' };
    case 'accept-deferred':
      // The form checks the box before anything is sent; this guards the type, not the clerk.
      if (d.commitmentSigned !== true) throw new Error('容缺受理须由申请人签署容缺受理承诺书');
      return {
        kind: 'accept-deferred',
        commitmentSigned: true,
        deadlines: deferredKeys.map((key) => ({ key, date: values.deadlines[key]?.format('YYYY-MM-DD') ?? '' })),
      };
    case 'correction-notice':
      return { kind: 'correction-notice', note: d.note || undefined };
    case 'refuse':
      return {
        kind: 'refuse',
        reasonKind: d.reasonKind as RefusalReasonKind,
        reasonText: text(d.reasonText),
        referTo: d.referTo || undefined,
      };
  }
}

/**
 * Where a back-end error path (`applicant.idNumber`, `decision.deadlines.0.date`) shows in the
 * form, or null when no field of the form holds it.
 */
export function formFieldFor(path: string, deferredKeys: readonly string[]): (string | number)[] | null {
  const parts = path.split('.');
  const [head, second, third] = parts;
  if ((head === 'applicant' || head === 'agent') && second) return [head, second];
  if (head === 'decision' && second === 'deadlines') {
    const key = third === undefined ? undefined : deferredKeys[Number(third)];
    return key ? ['deadlines', key] : null;
  }
  if (head === 'decision' && second) return ['decision', second];
  return null;
}
