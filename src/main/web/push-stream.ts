import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PushEvent } from '../../shared/contract/push-events';
import type { Backend } from '../backend/backend';

/** A comment line now and then keeps an idle stream from looking dead to the host's idle timeout. */
export const pushKeepAliveMs = 30_000;

function frame(event: PushEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * The web host's push channel: a server-sent-events stream (the browser's EventSource) that
 * starts with the current state and then carries each change. The caller has checked the
 * launch cookie; the stream opens only for a session that may read the sync status (the
 * dispatcher's own checks, through `sync.status`).
 */
export async function streamPushes(
  request: IncomingMessage,
  response: ServerResponse,
  backend: Pick<Backend, 'dispatch' | 'pushes'>,
  sessionKey: string,
  headers: Record<string, string>,
): Promise<void> {
  const allowed = await backend.dispatch({ channel: 'sync.status', input: {}, sessionKey });
  if (!allowed.ok) {
    response.writeHead(401, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(allowed.error.message);
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  response.write(frame(backend.pushes.current()));
  const unsubscribe = backend.pushes.subscribe((event) => response.write(frame(event)));
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), pushKeepAliveMs);
  keepAlive.unref();
  request.socket.setTimeout(0);
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
