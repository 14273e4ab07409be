import { useEffect, useState } from 'react';

/** One back-end read, loaded again whenever `deps` change; a late answer for old deps is dropped. */
export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    load().then(
      (found) => {
        if (stale) return;
        setValue(found);
        setError(null);
      },
      (caught: Error) => !stale && setError(caught.message),
    );
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, deps);
  return { value, error };
}
