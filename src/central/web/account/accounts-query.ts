export const accountsQueryKey = ['centre-accounts'] as const;
