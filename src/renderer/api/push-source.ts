import { parsePushEvent, pushEvents, pushStreamPath, type PushEvent } from '../../shared/contract/push-events';

type Listener = (event: PushEvent) => void;

/** In a browser: one event stream for every listener of the page (a browser allows few connections per host). */
const streamListeners = new Set<Listener>();
let stream: EventSource | null = null;

function openStream(): EventSource {
  const source = new EventSource(pushStreamPath);
  for (const name of Object.keys(pushEvents)) {
    source.addEventListener(name, (message) => {
      let data: unknown;
      try {
        data = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return; // Not JSON: not one of ours.
      }
      const event = parsePushEvent({ event: name, data });
      if (event) streamListeners.forEach((listener) => listener(event));
    });
  }
  return source;
}

/**
 * Where the back end's pushes come from: Electron's preload forwards them over IPC; in a browser
 * the web host streams them as server-sent events. Each is checked against the contract's map
 * before anyone sees it. Returns the function that stops listening.
 */
export function subscribePushes(listener: Listener): () => void {
  const bridge = window.halldesk;
  if (bridge) {
    return bridge.subscribe((raw: unknown) => {
      const event = parsePushEvent(raw);
      if (event) listener(event);
    });
  }
  streamListeners.add(listener);
  stream ??= openStream();
  return () => {
    streamListeners.delete(listener);
    if (streamListeners.size > 0) return;
    stream?.close();
    stream = null;
  };
}
