/**
 * Members of Electron's API (v45, from the official electron.d.ts) that the rating window uses,
 * merged into the subset declared in electron-types.d.ts for machines without the electron
 * package. Interfaces merge; nothing here widens an existing member.
 */
declare module 'electron' {
  interface BrowserWindowConstructorOptions {
    x?: number;
    y?: number;
    fullscreen?: boolean;
  }

  interface Rectangle {
    x: number;
    y: number;
    width: number;
    height: number;
  }

  interface Display {
    id: number;
    bounds: Rectangle;
    workArea: Rectangle;
  }

  interface Screen {
    getAllDisplays(): Display[];
    getPrimaryDisplay(): Display;
  }

  export const screen: Screen;

  interface BrowserWindow {
    close(): void;
  }
}
