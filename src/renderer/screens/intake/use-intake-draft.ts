import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import type { DecisionKind } from '../../../shared/intake/decision';
import type { MaterialReceipt } from '../../../shared/intake/material-check';
import { useSession } from '../../stores/session-store';
import type { IntakeFormValues } from './intake-form';
import { useIntakeDraftFlag } from './intake-draft-store';

/** Everything of a half-typed case; dates as YYYY-MM-DD so it survives JSON. */
export interface IntakeDraft {
  selected: ItemSummary[];
  receipts: Record<string, MaterialReceipt>;
  answers: Record<string, boolean>;
  chosenDecision: DecisionKind | null;
  values: Omit<IntakeFormValues, 'deadlines'> & { deadlines: Record<string, string | null> };
  /** What the form's pages (拍摄 / 文件 / 复用) hang on: kept so they are still there after a reload. */
  draftId?: string;
}

/**
 * The draft lives in this browser profile's localStorage under the hall and the user's id:
 * it survives a reload (F5) and a logout, and another clerk signing in at the same PC never
 * sees it. It is scratch, not a record: it is not synced or audited, and it is removed when
 * the case is registered or the clerk starts over.
 */
function storageKey(hallCode: string, userId: number): string {
  return `halldesk:intake-draft:${hallCode}:${userId}`;
}

function currentKey(): string | null {
  const status = useSession.getState().status;
  return status?.user && status.hall ? storageKey(status.hall.code, status.user.id) : null;
}

export function loadDraft(): IntakeDraft | null {
  const key = currentKey();
  if (!key) return null;
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as IntakeDraft) : null;
  } catch {
    return null;
  }
}

export function restoreFormValues(draft: IntakeDraft, form: FormInstance<IntakeFormValues>): void {
  const deadlines = Object.fromEntries(Object.entries(draft.values.deadlines).map(([k, v]) => [k, v ? dayjs(v) : null]));
  form.setFieldsValue({ ...draft.values, deadlines });
}

function isEmpty(draft: IntakeDraft): boolean {
  const a = draft.values.applicant;
  const typed = [a.idNumber, a.creditCode, a.name, a.phone, a.address, a.legalRepresentative, a.contactName].some(Boolean);
  return draft.selected.length === 0 && !typed;
}

/** Writes the draft on every change (or removes it when empty or registered). */
export function saveDraft(draft: Omit<IntakeDraft, 'values'> & { values: IntakeFormValues }, registered: boolean): void {
  const key = currentKey();
  const deadlines = Object.fromEntries(
    Object.entries(draft.values.deadlines ?? {}).map(([k, v]) => [k, v ? v.format('YYYY-MM-DD') : null]),
  );
  const stored: IntakeDraft = { ...draft, values: { ...draft.values, deadlines } };
  const empty = registered || isEmpty(stored);
  useIntakeDraftFlag.setState({ hasDraft: !empty });
  if (!key) return;
  try {
    if (empty) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(stored));
  } catch {
    // A full or blocked storage only costs the reload safety net; the screen keeps the draft.
  }
}

/** Off the screen (unmounted at logout) there is no draft on screen to leave. */
export function useDraftFlagReset(): void {
  useEffect(() => () => useIntakeDraftFlag.setState({ hasDraft: false }), []);
}
