/** The byte units of the centre's body limits (src/central/sync/batch-request.ts reads them here). */
export const kib = 1024;
export const mib = 1024 * kib;
