import { useQuery } from '@tanstack/react-query';
import { currentSessionRoute } from '../../contract/accounts-contract';
import type { CentreSessionView } from '../../contract/accounts-contract';
import { callCentre, rememberCsrfToken } from '../centre-api';
import { centreQueryClient, sessionQueryKey } from './centre-query-client';

/** Who is signed in (null: nobody); the CSRF token of the session is kept for the next unsafe call. */
export function useCentreSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: async () => {
      const session = await callCentre(currentSessionRoute, {});
      rememberCsrfToken(session?.csrfToken ?? '');
      return session;
    },
    staleTime: Infinity,
  });
}

/** After sign-in, a password change or sign-out: the app redraws for the new session (or none). */
export function showSession(session: CentreSessionView | null): void {
  rememberCsrfToken(session?.csrfToken ?? '');
  if (session === null) centreQueryClient.clear();
  centreQueryClient.setQueryData(sessionQueryKey, session);
}
