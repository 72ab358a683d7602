/**
 * npm run import -- FILE [--batch-size N] [--concurrency N]
 *
 * Loads a file written by `npm run export` (MERGE on ids: safe to repeat, into an
 * empty or an existing database). Every line is checked first; a file with a bad
 * line is reported by line number and nothing is written. Shows a progress bar
 * when standard error is a terminal. The database comes from NEO4J_URI /
 * NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, or the local instance.
 */
import { existsSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, importGraphFile, ImportValidationError, type ImportProgress } from '../transfer/index.js';
import { withScriptDatabase } from './script-database.js';

const USAGE = 'usage: npm run import -- FILE [--batch-size N] [--concurrency N]';

function fail(message: string): never {
  console.error(`error: ${message} (${USAGE})`);
  process.exit(2);
}

function wholeNumber(name: string, raw: string | undefined, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) fail(`${name} must be a whole number from 1 to ${max}, got ${raw}`);
  return value;
}

function parseArgs(args: string[]): { file: string; batchSize: number; concurrency: number } {
  let file: string | null = null;
  let batchSize = DEFAULT_BATCH_SIZE;
  let concurrency = DEFAULT_CONCURRENCY;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.split('=')[0]!;
    const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i]);
    if (name === '--batch-size') batchSize = wholeNumber(name, value(), 100_000);
    else if (name === '--concurrency') concurrency = wholeNumber(name, value(), 8);
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (file === null) fail('name the file to import');
  if (!existsSync(file)) fail(`no such file: ${file}`);
  return { file, batchSize, concurrency };
}

const { file, batchSize, concurrency } = parseArgs(process.argv.slice(2));

await withScriptDatabase(async (executor) => {
  const started = performance.now();
  // Only on a terminal: in a log or a pipe the redrawn bar would be noise.
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Importing {phase} [{bar}] {percentage}% | {value}/{total} rows | {eta_formatted} left', etaBuffer: 20 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    const result = await importGraphFile(executor, file, {
      batchSize,
      concurrency,
      onChecked: (check) => bar?.start(check.nodes + check.relationships, 0, { phase: 'nodes' }),
      onProgress: (p: ImportProgress) => bar?.update(p.done, { phase: p.phase }),
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    const rows = result.nodes + result.relationships;
    console.log(
      `Imported ${result.nodes} nodes and ${result.relationships} relationships (schema version ${result.schemaVersion}) from ${file} in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s).`,
    );
  } catch (error) {
    bar?.stop();
    if (!(error instanceof ImportValidationError)) throw error;
    for (const issue of error.issues) console.error(`${file}:${issue.line}: ${issue.message}`);
    const hidden = error.issueCount - error.issues.length;
    if (hidden > 0) console.error(`… and ${hidden} more`);
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  }
});
