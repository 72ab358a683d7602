/** Export and import of the whole graph as NDJSON: what scripts/export.ts, scripts/import.ts and the tests use. */
export { exportGraph, ExportError, type ExportCounts, type ExportOptions } from './graph-export.js';
export { checkGraphFile, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, importGraphFile, ImportValidationError, type ImportOptions, type ImportProgress, type ImportResult } from './graph-import.js';
export { GraphFileChecker, type FileCheckResult, type LineIssue } from './graph-file-check.js';
export { decodeLine, encodeRecord, type GraphRecord } from './ndjson-codec.js';
