import type { IncomingMessage } from 'node:http';

/** The last value a header holds (a proxy appends; what comes before is the client's to forge). */
function lastEntry(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header.at(-1) : header;
  return value?.split(',').at(-1)?.trim() || undefined;
}

const fromTrustedProxy = (req: IncomingMessage, trustedProxy: string | undefined): boolean =>
  trustedProxy !== undefined && req.socket.remoteAddress === trustedProxy;

/**
 * Who is asking: the peer address, or, when the peer is the trusted reverse proxy, the address
 * that proxy appended last to X-Forwarded-For (earlier entries are the client's to forge).
 */
export function requestSource(req: IncomingMessage, trustedProxy: string | undefined): string {
  const peer = req.socket.remoteAddress ?? '';
  const forwarded = req.headers['x-forwarded-for'];
  if (!fromTrustedProxy(req, trustedProxy) || typeof forwarded !== 'string') return peer;
  return lastEntry(forwarded) ?? peer;
}

/** Whether the browser reached the centre over TLS: only the trusted proxy's X-Forwarded-Proto can say so. */
export function reachedOverTls(req: IncomingMessage, trustedProxy: string | undefined): boolean {
  return fromTrustedProxy(req, trustedProxy) && lastEntry(req.headers['x-forwarded-proto']) === 'https';
}
