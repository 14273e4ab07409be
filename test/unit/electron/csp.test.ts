import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/shared/security/csp';
import { withCspHeader } from '../../../src/main/electron/session-hardening';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('content security policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('allows only our own origin by default and for scripts', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('never lets scripts run inline or from eval', () => {
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
  });

  it('forbids plugins, framing and <base>', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it("frames only blob: URLs the page made (a result file's PDF), never a page from anywhere", () => {
    expect(policy.get('frame-src')).toEqual(['blob:']);
  });
});

describe('withCspHeader', () => {
  it('adds the policy to a response that has none', () => {
    const headers = withCspHeader({ 'Content-Type': ['text/html'] }, contentSecurityPolicy);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('replaces a policy sent under any spelling, and copes with no headers', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'] }, 'x');
    expect(headers).toEqual({ 'Content-Security-Policy': ['x'] });
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
