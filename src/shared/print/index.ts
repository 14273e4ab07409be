export * from './build-print-data';
export * from './chinese-date';
export * from './doc-number';
export * from './doc-types';
export * from './mask';
export * from './print-data';
export * from './print-settings';
export * from './status-url';
