import { BrowserWindow, screen } from 'electron';
import { confineNavigation } from './navigation-guard';
import { isRatingScreenUrl, ratingWindowOptions } from './rating-window-options';

let ratingWindow: BrowserWindow | null = null;

/**
 * Opens (or brings forward) the rating window on the second display when the PC has one. It
 * calls the back end through the same preload as the desk; the back end lets it do nothing but
 * read the waiting invitation and answer it (the two public rating calls).
 */
export function openRatingWindow(preloadPath: string, entryUrl: string, production: boolean): void {
  if (ratingWindow && !ratingWindow.isDestroyed()) {
    ratingWindow.focus();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = new BrowserWindow(ratingWindowOptions(preloadPath, second ? second.bounds : primary.workArea, second !== undefined, production));
  confineNavigation(window.webContents, (url) => isRatingScreenUrl(url, entryUrl));
  ratingWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (ratingWindow === window) ratingWindow = null;
  });
  void window.loadURL(entryUrl);
}

export function closeRatingWindow(): void {
  if (ratingWindow && !ratingWindow.isDestroyed()) ratingWindow.close();
  ratingWindow = null;
}
