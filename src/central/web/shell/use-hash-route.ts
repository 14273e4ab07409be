import { useSyncExternalStore } from 'react';

function currentHashPath(): string {
  const path = window.location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The screen path after '#' (/work/#/accounts -> '/accounts'); no router package, hash routes only. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentHashPath);
}

export function goToScreen(path: string): void {
  window.location.hash = path;
}
