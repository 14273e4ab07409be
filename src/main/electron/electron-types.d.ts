/**
 * The subset of Electron's API that src/main/electron uses, copied in shape from the official
 * electron.d.ts (v45). It exists because the electron package cannot be installed on this
 * repo's build machine (its binary download fails), so `import ... from 'electron'` would not
 * type-check. Where node_modules/electron exists, its real types are found first and are
 * equivalent for these members (the duplicate module block is only reported by a lib check,
 * which skipLibCheck turns off); delete this file then. Members are at least as strict as the
 * real ones (no catch-all `on(string, ...)`), so code that checks here checks there too.
 */
declare module 'electron' {
  export type Event<Params extends object = object> = {
    preventDefault: () => void;
    readonly defaultPrevented: boolean;
  } & Params;

  export interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    webviewTag?: boolean;
    spellcheck?: boolean;
  }

  export interface BrowserWindowConstructorOptions {
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    title?: string;
    show?: boolean;
    backgroundColor?: string;
    autoHideMenuBar?: boolean;
    webPreferences?: WebPreferences;
  }

  export interface WebFrameMain {
    readonly url: string;
    readonly origin: string;
    readonly parent: WebFrameMain | null;
  }

  export interface HandlerDetails {
    url: string;
    disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
  }

  export interface WindowOpenHandlerResponse {
    action: 'allow' | 'deny';
  }

  export interface NavigationEventParams {
    url: string;
    isMainFrame: boolean;
  }

  export interface WebContents {
    readonly id: number;
    on(event: 'will-navigate', listener: (details: Event<NavigationEventParams>) => void): this;
    on(event: 'will-frame-navigate', listener: (details: Event<NavigationEventParams>) => void): this;
    on(event: 'will-redirect', listener: (details: Event<NavigationEventParams>) => void): this;
    on(
      event: 'will-attach-webview',
      listener: (event: Event, webPreferences: WebPreferences, params: Record<string, string>) => void,
    ): this;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    isDestroyed(): boolean;
  }

  export class BrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    static getAllWindows(): BrowserWindow[];
    readonly webContents: WebContents;
    loadURL(url: string): Promise<void>;
    loadFile(filePath: string): Promise<void>;
    show(): void;
    focus(): void;
    restore(): void;
    isMinimized(): boolean;
    isDestroyed(): boolean;
    once(event: 'ready-to-show', listener: () => void): this;
    on(event: 'closed', listener: () => void): this;
  }

  export interface OnHeadersReceivedListenerDetails {
    url: string;
    resourceType: string;
    responseHeaders?: Record<string, string[]>;
  }

  export interface HeadersReceivedResponse {
    cancel?: boolean;
    responseHeaders?: Record<string, string | string[]>;
  }

  export interface WebRequest {
    onHeadersReceived(
      listener:
        | ((details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void)
        | null,
    ): void;
  }

  export interface Session {
    readonly webRequest: WebRequest;
    setPermissionRequestHandler(
      handler:
        | ((webContents: WebContents, permission: string, callback: (permissionGranted: boolean) => void) => void)
        | null,
    ): void;
    setPermissionCheckHandler(
      handler: ((webContents: WebContents | null, permission: string, requestingOrigin: string) => boolean) | null,
    ): void;
  }

  export const session: { readonly defaultSession: Session };

  export interface IpcMainInvokeEvent extends Event {
    sender: WebContents;
    readonly senderFrame: WebFrameMain | null;
  }

  export interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
    removeHandler(channel: string): void;
  }

  export const ipcMain: IpcMain;

  export interface IpcRenderer {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  }

  export const ipcRenderer: IpcRenderer;

  export interface ContextBridge {
    exposeInMainWorld(apiKey: string, api: unknown): void;
  }

  export const contextBridge: ContextBridge;

  export interface ForkOptions {
    env?: NodeJS.ProcessEnv;
    stdio?: Array<'pipe' | 'ignore' | 'inherit'> | 'pipe' | 'ignore' | 'inherit';
    serviceName?: string;
  }

  export interface UtilityProcess {
    on(event: 'spawn', listener: () => void): this;
    on(event: 'exit', listener: (code: number) => void): this;
    on(event: 'message', listener: (message: unknown) => void): this;
    postMessage(message: unknown): void;
    kill(): boolean;
    pid: number | undefined;
    stdout: NodeJS.ReadableStream | null;
    stderr: NodeJS.ReadableStream | null;
  }

  export const utilityProcess: {
    fork(modulePath: string, args?: string[], options?: ForkOptions): UtilityProcess;
  };

  export interface App {
    readonly isPackaged: boolean;
    whenReady(): Promise<void>;
    quit(): void;
    requestSingleInstanceLock(): boolean;
    getPath(name: 'home' | 'appData' | 'userData' | 'sessionData' | 'temp' | 'exe' | 'logs'): string;
    setPath(name: 'userData' | 'sessionData' | 'logs', path: string): void;
    on(event: 'second-instance', listener: (event: Event, argv: string[], workingDirectory: string) => void): this;
    on(event: 'window-all-closed', listener: () => void): this;
    on(event: 'will-quit', listener: (event: Event) => void): this;
    on(event: 'web-contents-created', listener: (event: Event, webContents: WebContents) => void): this;
  }

  export const app: App;

  export interface Dialog {
    showErrorBox(title: string, content: string): void;
  }

  export const dialog: Dialog;
}

declare namespace NodeJS {
  interface Process {
    /** Electron's resources folder (app.asar and extraResources live there). */
    readonly resourcesPath: string;
  }
}
