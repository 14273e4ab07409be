import { describe, expect, it } from 'vitest';
import { readBesidePushes } from '../../../src/renderer/data/read-beside-pushes';

/** A call whose answer the test releases by hand, so a push can come while it is on the way. */
function pendingCall<T>(answer: T) {
  let release: () => void = () => undefined;
  const answered = new Promise<T>((resolve) => {
    release = () => resolve(answer);
  });
  return { call: () => answered, release: () => release() };
}

describe('a read of a pushed state (the sync panel counting pages)', () => {
  it('keeps a push that came while the read was on the way: the older answer does not come back', async () => {
    const reads = readBesidePushes();
    let cache: { pagesPending: number } | undefined = { pagesPending: 3 };
    const slow = pendingCall({ pagesPending: 3 });
    const reading = reads.read(slow.call, () => cache);
    // The last upload ends: the back end pushes 0 before the read's answer (3) arrives.
    reads.pushed();
    cache = { pagesPending: 0 };
    slow.release();
    expect(await reading).toEqual({ pagesPending: 0 });
  });

  it("takes the read's answer when no push came meanwhile, also over a push that came before it began", async () => {
    const reads = readBesidePushes();
    reads.pushed();
    const cache = { pagesPending: 3 };
    expect(
      await reads.read(
        async () => ({ pagesPending: 1 }),
        () => cache,
      ),
    ).toEqual({ pagesPending: 1 });
  });

  it('takes the answer when a push came but nothing was kept from it', async () => {
    const reads = readBesidePushes();
    const slow = pendingCall({ pagesPending: 2 });
    const reading = reads.read(slow.call, () => undefined);
    reads.pushed();
    slow.release();
    expect(await reading).toEqual({ pagesPending: 2 });
  });
});
