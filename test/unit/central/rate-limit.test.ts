import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestSource } from '../../../src/central/http/request-origin';
import { createRateLimiter } from '../../../src/central/http/rate-limit';

describe('status page rate limit', () => {
  it('counts per source in a window and starts afresh in the next', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxSources: 10, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.allow('a'))).toEqual([true, true, true, false]);
    expect(limiter.allow('b')).toBe(true);
    now += 60_000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('remembers a bounded number of sources however many ask', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxSources: 100 });
    for (let i = 0; i < 100_000; i++) limiter.allow(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
  });

  it('believes X-Forwarded-For only from the trusted proxy, and only its last entry', () => {
    const req = (peer: string, forwarded?: string) =>
      ({
        socket: { remoteAddress: peer },
        headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
      }) as unknown as IncomingMessage;
    expect(requestSource(req('203.0.113.9', '1.1.1.1'), undefined)).toBe('203.0.113.9');
    expect(requestSource(req('203.0.113.9', '1.1.1.1'), '10.0.0.1')).toBe('203.0.113.9');
    expect(requestSource(req('10.0.0.1', 'forged, 198.51.100.7'), '10.0.0.1')).toBe('198.51.100.7');
  });
});
