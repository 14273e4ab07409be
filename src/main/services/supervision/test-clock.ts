import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';

const dayMs = 86_400_000;

/**
 * A clock the e2e suite moves forward (`testing.advanceClock`) to watch deadlines pass without
 * waiting. It starts at HALLDESK_TEST_CLOCK_START (or now), runs at real speed from there, and
 * jumps by whole days. Only the web host creates one, and only with HALLDESK_TEST_CLOCK=1.
 */
export class TestClock implements Clock {
  private offsetMs = 0;
  private readonly startedAt: number;

  constructor(
    private readonly start: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    this.startedAt = realNow();
  }

  now(): Date {
    return new Date(this.start.getTime() + (this.realNow() - this.startedAt) + this.offsetMs);
  }

  advanceDays(days: number): Date {
    this.offsetMs += days * dayMs;
    return this.now();
  }
}

export function testClockFromEnv(env: NodeJS.ProcessEnv): TestClock | undefined {
  if (env.HALLDESK_TEST_CLOCK !== '1') return undefined;
  const start = env.HALLDESK_TEST_CLOCK_START ? new Date(env.HALLDESK_TEST_CLOCK_START) : new Date();
  if (Number.isNaN(start.getTime()))
    throw new AppError('VALIDATION', `HALLDESK_TEST_CLOCK_START 不是有效时间：${env.HALLDESK_TEST_CLOCK_START}`);
  return new TestClock(start);
}
