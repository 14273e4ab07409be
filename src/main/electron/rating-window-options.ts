import type { BrowserWindowConstructorOptions } from 'electron';
import { mainWindowOptions } from './window-options';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The applicant-facing rating screen: as locked down as the desk's window (same preload, sandbox,
 * no Node), full screen on the display facing the applicant, or a window beside the desk's on a
 * machine with one display.
 */
export function ratingWindowOptions(
  preloadPath: string,
  area: Area,
  ownDisplay: boolean,
  production = false,
): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preloadPath, production);
  return {
    ...base,
    title: '服务评价',
    x: area.x,
    y: area.y,
    width: ownDisplay ? area.width : 1024,
    height: ownDisplay ? area.height : 720,
    minWidth: 800,
    minHeight: 600,
    fullscreen: ownDisplay,
    backgroundColor: '#f0f5ff',
  };
}

/** Whether `url` is the rating page itself (any query or hash), so a window.open for it becomes ours. */
export function isRatingScreenUrl(url: string, ratingEntryUrl: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(ratingEntryUrl);
    return target.protocol === entry.protocol && target.host === entry.host && target.pathname === entry.pathname;
  } catch {
    return false;
  }
}
