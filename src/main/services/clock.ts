/** Time source of the back end; tests and the e2e suite move it instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock shifted by a fixed offset, set through HALLDESK_CLOCK_OFFSET_MS for e2e scenarios. */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}
