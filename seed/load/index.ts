/** The seed loader's public surface: what `npm run seed`, `npm start` and the tests use. */
export { checkSeed, DEFAULT_SEED_DIR, defaultArticlesDir, loadSeed, seedIsLoaded, type SeedCounts, type SeedOptions } from './load-seed.js';
export { formatIssue, SeedValidationError, type SeedIssue } from './issues.js';
export { toGraph, type GraphRows } from './to-graph.js';
export { validateDataset, type ValidationOptions, type ValidationResult } from './validate-dataset.js';
