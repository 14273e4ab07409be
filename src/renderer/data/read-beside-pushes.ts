/**
 * A state the back end pushes whenever it changes, and that a screen also reads with a call (when
 * it first appears, or after a change invalidates it). The two travel on different channels, so
 * a read's answer can arrive after a push sent later than the read was answered: taken as it
 * came, it would put an older state back on screen, and since the back end pushes only changes,
 * nothing would correct it (a sync panel still counting pages the centre already has).
 *
 * The rule: when a push arrived while the read was on the way, the push stands. Should the read's
 * answer be the newer one, the change that made it newer was itself pushed after that push (the
 * back end pushes every change once it is made; the sync state also after every call it answers),
 * so the screen still ends on the latest state.
 */
export interface ReadBesidePushes {
  /** Called for every push of the state, before it is put in the cache. */
  pushed(): void;
  /** The read's answer, unless a push came while it was on the way: then what the pushes left. */
  read<T>(call: () => Promise<T>, pushedState: () => T | undefined): Promise<T>;
}

export function readBesidePushes(): ReadBesidePushes {
  let pushes = 0;
  return {
    pushed: () => {
      pushes += 1;
    },
    read: async (call, pushedState) => {
      const before = pushes;
      const answer = await call();
      return pushes === before ? answer : (pushedState() ?? answer);
    },
  };
}
