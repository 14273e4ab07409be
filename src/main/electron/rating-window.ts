import { BrowserWindow, screen } from 'electron';
import { confineNavigation } from './navigation-guard';
import { isRatingScreenUrl, ratingWindowOptions } from './rating-window-options';

let ratingWindow: BrowserWindow | null = null;
let ratingWindowUrl = '';

/**
 * Opens (or brings forward, at `entryUrl`) the rating window on the second display when the PC
 * has one. It calls the back end through the same preload as the desk, in a window that never
 * logs in; the back end lets it do nothing but read the invitation named by its address and
 * answer it, with that invitation's one-time token.
 */
export function openRatingWindow(preloadPath: string, entryUrl: string, production: boolean): void {
  if (ratingWindow && !ratingWindow.isDestroyed()) {
    // A new invitation: the open screen goes to it (its token is in `entryUrl`).
    if (ratingWindowUrl !== entryUrl) void ratingWindow.loadURL(entryUrl);
    ratingWindowUrl = entryUrl;
    ratingWindow.focus();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = new BrowserWindow(
    ratingWindowOptions(preloadPath, second ? second.bounds : primary.workArea, second !== undefined, production),
  );
  confineNavigation(window.webContents, (url) => isRatingScreenUrl(url, entryUrl));
  ratingWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (ratingWindow === window) ratingWindow = null;
  });
  ratingWindowUrl = entryUrl;
  void window.loadURL(entryUrl);
}

export function closeRatingWindow(): void {
  if (ratingWindow && !ratingWindow.isDestroyed()) ratingWindow.close();
  ratingWindow = null;
}
