export type * from './model/types.js';
export { SCHEMA_ID, SCHEMA_VERSION } from './model/constants.js';
export { parseRegulation } from './parser/index.js';
export type { Diagnostic, DiagnosticCode, ParseOptions, ParseResult } from './parser/index.js';
export * from './lookup/index.js';
export { mergeRegulation } from './merge.js';
export type { RegulationOverlay } from './merge.js';
