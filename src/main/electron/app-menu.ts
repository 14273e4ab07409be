import type { Menu } from 'electron';

export interface MenuHost {
  setApplicationMenu(menu: Menu | null): void;
}

/**
 * A packaged app has no menu: Electron's default one offers Reload, Toggle DevTools and their
 * shortcuts, none of which a clerk should reach. Development keeps it for the engineer.
 */
export function removeDefaultMenuInProduction(menu: MenuHost, production: boolean): void {
  if (production) menu.setApplicationMenu(null);
}
