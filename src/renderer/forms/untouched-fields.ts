/** The part of an antd form this needs: whether the clerk has changed a field (or, for a path prefix, any field below it). */
export interface TouchedForm {
  isFieldTouched(name: (string | number)[]): boolean;
}

export interface FieldValue {
  name: (string | number)[];
  value: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;

/**
 * The values of a settings read, field by field (down to the leaves of nested objects), without
 * those the clerk has already changed: a read that answers after the clerk began typing (a slow
 * back end) must not overwrite what was typed.
 */
export function untouchedFields(form: TouchedForm, values: unknown, path: (string | number)[] = []): FieldValue[] {
  // Asked of leaves only: for an object's path antd answers whether any field below it was touched.
  if (isPlainObject(values)) return Object.entries(values).flatMap(([key, value]) => untouchedFields(form, value, [...path, key]));
  return path.length === 0 || form.isFieldTouched(path) ? [] : [{ name: path, value: values }];
}
