import { QueryClient } from '@tanstack/react-query';

/**
 * The renderer's one cache of back-end answers. A refused call is a typed error with a message
 * for the clerk, not a network blip: it is shown, never retried. Screens load again when they
 * mount or when a change invalidates what they read, not on window focus.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
