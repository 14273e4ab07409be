import { ratingViewHeader } from '../../shared/contract/rating-view';
import type { Result } from '../../shared/errors';

/**
 * How a call reaches the back end. Electron's preload exposes `window.halldesk`; in a browser
 * the local web host answers POST /api/<channel>. Nothing else in the renderer knows which.
 */
export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** The back end's pushes (push-source.ts parses them); returns the unsubscribe. */
  subscribe(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    halldesk?: Bridge;
  }
}

/** The rating view's calls ask the web host for a session apart from the clerk's (rating-view.ts). */
const viewHeaders: Record<string, string> = window.location.pathname.endsWith('/rating-view/rating.html')
  ? { [ratingViewHeader]: 'rating' }
  : {};

const httpTransport: Transport = async (channel, input) => {
  try {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...viewHeaders },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    if (!response.ok) {
      return { ok: false, error: { code: 'UNAUTHENTICATED', message: '与受理台的连接已失效，请使用启动时输出的链接重新打开' } };
    }
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接受理台后台服务，请确认程序仍在运行' } };
  }
};

export function pickTransport(): Transport {
  const bridge = window.halldesk;
  return bridge ? (channel, input) => bridge.invoke(channel, input) : httpTransport;
}
