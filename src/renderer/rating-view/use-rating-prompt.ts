import { useCallback, useEffect, useState } from 'react';
import type { RatingPrompt } from '../../shared/ratings/rating-schemas';
import { call } from '../api/client';

/** How often the screen asks whether the clerk has invited a rating. */
export const pollMs = 1500;

/**
 * The invitation waiting at this desk, asked for every 1.5 s (the back end keeps it, so a
 * reloaded or reopened screen finds it again). `error` is set while the desk cannot be reached.
 */
export function useRatingPrompt(paused: boolean) {
  const [prompt, setPrompt] = useState<RatingPrompt | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setPrompt(await call('ratings.pending', {}));
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);

  useEffect(() => {
    if (paused) return;
    void refresh();
    const timer = window.setInterval(() => void refresh(), pollMs);
    return () => window.clearInterval(timer);
  }, [paused, refresh]);

  return { prompt, error, refresh };
}
