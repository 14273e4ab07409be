import { describe, expect, it } from 'vitest';
import { relayInvoke } from '../../../src/main/electron/ipc-bridge';
import { isRatingScreenUrl, ratingWindowOptions } from '../../../src/main/electron/rating-window-options';
import { mainWindowOptions } from '../../../src/main/electron/window-options';

const appEntry = 'file:///opt/HallDesk/out/renderer/index.html';
const ratingEntry = 'file:///opt/HallDesk/out/renderer/rating-view/rating.html';
const backend = { call: (...args: unknown[]) => Promise.resolve({ ok: true, value: args }) };
const from = (url: string) => ({ sender: { id: 9 }, senderFrame: { url, parent: null } });

describe('the rating window of the desktop app', () => {
  it('is as locked down as the desk window, full screen on a display of its own', () => {
    const options = ratingWindowOptions('/p/preload.cjs', { x: 1920, y: 0, width: 1280, height: 1024 }, true);
    expect(options.webPreferences).toEqual(mainWindowOptions('/p/preload.cjs').webPreferences);
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 1024, fullscreen: true, title: '服务评价' });
    expect(ratingWindowOptions('/p/preload.cjs', { x: 0, y: 0, width: 1920, height: 1040 }, false)).toMatchObject({
      fullscreen: false,
      width: 1024,
    });
  });

  it('is what the desk’s window.open for the rating page becomes, and nothing else is', () => {
    expect(isRatingScreenUrl(`${ratingEntry}?x=1#top`, ratingEntry)).toBe(true);
    expect(isRatingScreenUrl(appEntry, ratingEntry)).toBe(false);
    expect(isRatingScreenUrl('https://evil.example/rating-view/rating.html', ratingEntry)).toBe(false);
    expect(isRatingScreenUrl('not a url', ratingEntry)).toBe(false);
  });

  it('may call the back end from its own page, while other pages still may not', async () => {
    const entries = [appEntry, ratingEntry];
    const envelope = { channel: 'ratings.pending', input: {} };
    expect(await relayInvoke(from(ratingEntry), envelope, backend, entries)).toEqual({
      ok: true,
      value: ['window-9', 'ratings.pending', {}],
    });
    expect(await relayInvoke(from(ratingEntry), envelope, backend, appEntry)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await relayInvoke(from('file:///etc/rating.html'), envelope, backend, entries)).toMatchObject({ ok: false });
  });
});
