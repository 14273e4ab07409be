import { useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import { callKey } from '../data/query-keys';

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
  const asked = invitation ?? { invitationId: 0, token: '' };
  const found = useQuery({
    queryKey: callKey('ratings.pending', asked),
    queryFn: () => call('ratings.pending', asked),
    enabled: invitation !== null && !paused,
    refetchInterval: pollMs,
    // The screen faces the applicant on a second display: it keeps asking whatever has focus.
    refetchIntervalInBackground: true,
  });
  return {
    prompt: found.data ?? null,
    // Only while the desk cannot be reached: the next answer clears it.
    error: found.isError ? found.error.message : null,
    refresh: () => found.refetch(),
  };
}
