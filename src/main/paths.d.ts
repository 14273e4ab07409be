export declare const appFolderName = "HallDesk";
/**
 * The per-user app-data folder, the same one Electron's app.getPath('userData') gives, so both
 * shells use one store. HALLDESK_DATA_DIR overrides it (tests use a fresh one each).
 */
export declare function defaultDataDir(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;
