import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/intake/case-types';
import { ApiError, call } from '../../api/client';
import { useInvalidate } from '../../data/use-call';
import { buildRegisterInput, formFieldFor, type IntakeFormValues, type RegisterRequest } from './intake-form';
import { newRequestId } from './new-request-id';

type Draft = Omit<RegisterRequest, 'requestId' | 'values'>;

/** A kept draft is read back from localStorage: an id that is not one starts afresh. */
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Checks the form, sends `cases.register` and puts any refusal where the clerk will see it:
 * on the field it names, at the item picker, or in the alert above the form.
 */
export function useRegister(
  typedForm: FormInstance<IntakeFormValues>,
  onItemsError: (message: string) => void,
  /** The id of a kept draft (reload, logout): its pages come back with it. */
  keptDraftId?: string,
) {
  // Error paths come from the back end as strings; the typed names cannot describe them.
  const form = typedForm as unknown as FormInstance;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CaseDetail | null>(null);
  // One id per case being taken in: a retry after a lost answer must not register twice.
  // Also what the form's pages (拍摄 / 文件) hang on until the case registers.
  const [draftId, setDraftId] = useState(() => (keptDraftId && isUuid(keptDraftId) ? keptDraftId : newRequestId()));
  const requestId = useRef(draftId);
  const inFlight = useRef(false);
  const invalidate = useInvalidate();

  async function register(draft: Draft) {
    if (inFlight.current) return;
    setError(null);
    try {
      await form.validateFields();
    } catch (caught) {
      const first = (caught as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
      return;
    }
    const values = form.getFieldsValue(true) as IntakeFormValues;
    inFlight.current = true;
    setBusy(true);
    try {
      const detail = await call('cases.register', buildRegisterInput({ ...draft, requestId: requestId.current, values }));
      requestId.current = newRequestId();
      setDraftId(requestId.current);
      setResult(detail);
      void invalidate('caseChange');
    } catch (caught) {
      show(caught, draft);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function show(caught: unknown, draft: Draft) {
    const message = caught instanceof Error ? caught.message : String(caught);
    const path = caught instanceof ApiError ? caught.field : undefined;
    if (path?.startsWith('itemCodes')) return onItemsError(message);
    const name = path ? formFieldFor(path, draft.deferredKeys) : null;
    if (name && form.getFieldInstance(name)) {
      form.setFields([{ name, errors: [message] }]);
      form.scrollToField(name, { focus: true, block: 'center' });
      return;
    }
    const materialIndex = path?.startsWith('materials.') ? Number(path.split('.')[1]) : NaN;
    const material = draft.specs[materialIndex];
    setError(material ? `${material.name}：${message}` : message);
  }

  function reset() {
    setResult(null);
    setError(null);
  }

  return { busy, error, result, register, reset, draftId };
}
