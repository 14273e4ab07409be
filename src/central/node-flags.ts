/**
 * The Node flags the centre runs with (`npm run central` in package.json passes the same). A batch
 * of 500 case events allocates about 20 MB while it is read, checked and copied; with the default
 * young generation most of it outlives a scavenge and is promoted, and the old-space collections
 * that follow cost the centre about a sixth of its CPU in a drain (bench/sync). A 64 MB semi-space
 * keeps a batch's garbage young.
 */
export const centreNodeFlags = ['--max-semi-space-size=64'] as const;
