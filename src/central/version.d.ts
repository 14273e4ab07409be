/** Bumped only for a change an existing desk could not follow; additions keep the number. */
export declare const protocolVersion = 1;
/** The package version, for /v1/health and the logs. */
export declare function centralVersion(): string;
