import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { CentreApiError } from '../centre-api';

/** The key of the signed-in session; every screen's data hangs below the session in time, not in keys. */
export const sessionQueryKey = ['centre-session'] as const;

/** A call refused as signed out (the session expired or was ended elsewhere) sends the app back to the sign-in screen. */
function onCentreError(error: unknown): void {
  if (error instanceof CentreApiError && error.code === 'UNAUTHENTICATED')
    void centreQueryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

export const centreQueryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCentreError }),
  mutationCache: new MutationCache({ onError: onCentreError }),
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
  },
});
