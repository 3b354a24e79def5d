export { openStore, type OpenOptions } from './open-store.js';
export { InvalidCursorError, StoreOpenError } from './errors.js';
export { InvalidDocumentError } from './validate-document.js';
export type * from './graph-store.js';
export type * from './graph-explorer.js';
