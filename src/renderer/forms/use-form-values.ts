import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract/api';
import { useCallQuery } from '../data/use-call';
import { untouchedFields } from './untouched-fields';

/**
 * Fills a settings form from a read through the query cache, when the answer arrives (and
 * again only if it changes), leaving alone the fields the clerk has already changed
 * (untouched-fields.ts). Returns the read's error message, if any.
 */
export function useFormValues<C extends Channel>(
  form: FormInstance,
  channel: C,
  input: InputOf<C>,
  toValues: (value: OutputOf<C>) => object = (value) => value as object,
): string | null {
  const { data, error } = useCallQuery(channel, input);
  useEffect(() => {
    if (data !== undefined) form.setFields(untouchedFields(form, toValues(data)));
    // toValues is a mapping written inline by the caller; the answer alone decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, form]);
  return error?.message ?? null;
}
