import { parsePushEvent, pushEvents, pushStreamPath, type PushEvent } from '../../shared/contract/push-events';

/**
 * Where the back end's pushes come from: Electron's preload forwards them over IPC; in a browser
 * the web host streams them as server-sent events. Each is checked against the contract's map
 * before anyone sees it. Returns the function that stops listening.
 */
export function subscribePushes(listener: (event: PushEvent) => void): () => void {
  const deliver = (raw: unknown) => {
    const event = parsePushEvent(raw);
    if (event) listener(event);
  };
  const bridge = window.halldesk;
  if (bridge) return bridge.subscribe(deliver);
  const source = new EventSource(pushStreamPath);
  for (const name of Object.keys(pushEvents)) {
    source.addEventListener(name, (message) => {
      try {
        deliver({ event: name, data: JSON.parse((message as MessageEvent<string>).data) });
      } catch {
        // Not JSON: not one of ours.
      }
    });
  }
  return () => source.close();
}
