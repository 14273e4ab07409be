import { useCallback, useEffect, useState } from 'react';
import type { RatingPrompt } from '../../shared/ratings/rating-schemas';
import { call } from '../api/client';

/** How often the screen asks whether the clerk has invited a rating. */
export const pollMs = 1500;

/** The invitation this screen was opened for (the clerk's desk puts it in the address), if any. */
function invitationOfAddress(search: string): { invitationId: number; token: string } | null {
  const params = new URLSearchParams(search);
  const invitationId = Number(params.get('invitation'));
  const token = params.get('token');
  return Number.isInteger(invitationId) && invitationId > 0 && token ? { invitationId, token } : null;
}
const invitation = invitationOfAddress(window.location.search);

/**
 * The invitation this screen was opened for, asked for every 1.5 s while it waits (a reload finds
 * it again; a withdrawn, answered or expired one disappears). Opened without one, the screen only
 * waits. `error` is set while the desk cannot be reached.
 */
export function useRatingPrompt(paused: boolean) {
  const [prompt, setPrompt] = useState<RatingPrompt | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (!invitation) return;
    try {
      setPrompt(await call('ratings.pending', invitation));
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
