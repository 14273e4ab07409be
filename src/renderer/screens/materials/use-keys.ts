import { useEffect, useRef } from 'react';

/**
 * Plain keys (Space, +, −) for a panel while it is open; useHotkey's combos cannot name them.
 * `handler` returns true when it used the key. Keys typed into a text field are left alone.
 */
export function usePanelKeys(enabled: boolean, handler: (key: string) => boolean): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey || target?.closest('input, textarea')) return;
      if (handlerRef.current(event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
