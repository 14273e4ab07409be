import { useEffect, useRef } from 'react';

/**
 * A window-wide shortcut such as "F2", "Ctrl+Enter" or "Alt+Shift+K". It fires even while a
 * text field has focus: the desk is driven by keyboard and the shortcuts use keys that do not type.
 */
export function useHotkey(combo: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!enabled) return;
    const wanted = parseCombo(combo);
    const listener = (event: KeyboardEvent) => {
      if (event.isComposing || !matches(event, wanted)) return;
      event.preventDefault();
      handlerRef.current(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [combo, enabled]);
}

interface Combo {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

function parseCombo(combo: string): Combo {
  const parts = combo.split('+').map((p) => p.trim().toLowerCase());
  return {
    key: parts[parts.length - 1] ?? '',
    ctrl: parts.includes('ctrl'),
    alt: parts.includes('alt'),
    shift: parts.includes('shift'),
  };
}

function matches(event: KeyboardEvent, combo: Combo): boolean {
  // Cmd counts as Ctrl so the same shortcuts work on a Mac used for training.
  const ctrl = event.ctrlKey || event.metaKey;
  return event.key.toLowerCase() === combo.key && ctrl === combo.ctrl && event.altKey === combo.alt && event.shiftKey === combo.shift;
}

/** The shortcut legend shown under screen titles, so nobody has to remember a manual. */
export const intakeShortcuts = [
  ['F2', '搜索事项'],
  ['↑/↓ Enter', '选择并添加事项'],
  ['F3', '个人/企业'],
  ['F4', '读卡'],
  ['F7', '全部收齐'],
  ['Ctrl+Enter', '提交'],
] as const;
