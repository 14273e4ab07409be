/**
 * Members of Electron's API (v45, from the official electron.d.ts) that the print glue uses,
 * merged into the subset declared in electron-types.d.ts for machines without the electron
 * package. Interfaces merge; nothing here widens an existing member.
 */
declare module 'electron' {
  interface WebPreferences {
    partition?: string;
    javascript?: boolean;
    images?: boolean;
  }

  interface PrintToPDFOptions {
    printBackground?: boolean;
    preferCSSPageSize?: boolean;
    pageSize?: string | { width: number; height: number };
  }

  interface WebContentsPrintOptions {
    silent?: boolean;
    printBackground?: boolean;
    deviceName?: string;
    copies?: number;
    pageSize?: string | { width: number; height: number };
  }

  interface WebContents {
    printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
    print(options?: WebContentsPrintOptions, callback?: (success: boolean, failureReason: string) => void): void;
    executeJavaScript(code: string): Promise<unknown>;
    insertCSS(css: string): Promise<string>;
  }

  interface BrowserWindow {
    destroy(): void;
  }
}
