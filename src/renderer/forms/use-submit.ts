import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Runs a form's submit against the back end: a typed error with a field lands on that field,
 * anything else is returned for an alert above the form.
 */
export function useSubmit<T>(form: FormInstance, action: (values: T) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(values: T) {
    setBusy(true);
    setError(null);
    try {
      await action(values);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      const field = caught instanceof ApiError ? caught.field : undefined;
      if (field && form.getFieldInstance(field.split('.'))) {
        form.setFields([{ name: field.split('.'), errors: [message] }]);
      } else {
        setError(message);
      }
    } finally {
      setBusy(false);
    }
  }

  // submit never rejects (every error lands on the form): handed to onFinish, it returns nothing.
  return { busy, error, submit: (values: T): void => void submit(values) };
}
