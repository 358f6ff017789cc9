export * from './dates';
export * from './doc-number';
export * from './labels';
export * from './document-actions';
export * from './db-index';
export * from './prng';
