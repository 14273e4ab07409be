import type { KeyboardEvent } from 'react';

const FIELD_SELECTOR = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([disabled]), textarea:not([disabled])';

/**
 * Enter in a one-line field moves to the next field of the same panel, as clerks expect from
 * the registration systems they know; Ctrl+Enter is left alone for the submit shortcut. Enter
 * in the panel's last field goes on to the next panel (`onPastLast`).
 */
export function enterMovesToNextField(event: KeyboardEvent<HTMLElement>, onPastLast?: () => void): void {
  const target = event.target;
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
  if (!(target instanceof HTMLInputElement) || target.type === 'radio' || target.type === 'checkbox') return;
  // An open select or date panel takes Enter for itself.
  if (target.getAttribute('aria-expanded') === 'true') return;
  if (target.getAttribute('role') === 'combobox' && !target.closest('.ant-picker')) return;
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FIELD_SELECTOR)).filter(
    (el) => el.offsetParent !== null && !el.closest('.ant-select'),
  );
  const index = fields.indexOf(target);
  const next = fields[index + 1];
  if (!next && (index === -1 || !onPastLast)) return;
  event.preventDefault();
  if (next) next.focus();
  else onPastLast?.();
}
