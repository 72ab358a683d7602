/**
 * npm run export                    the whole graph as NDJSON on standard output
 * npm run export -- --out FILE      … into FILE (written beside it, renamed when complete)
 *
 * The format is described in transfer/ndjson-codec.ts. The database comes
 * from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, or the project's
 * local instance when NEO4J_URI is unset.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { exportGraph } from '../transfer/index.js';
import { openOutputFile } from './output-file.js';
import { withScriptDatabase } from './script-database.js';

const USAGE = 'usage: npm run export [-- --out FILE]';

function parseArgs(args: string[]): { out: string | null } {
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out' && args[i + 1] !== undefined) out = args[++i]!;
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else {
      console.error(`error: unexpected argument ${arg} (${USAGE})`);
      process.exit(2);
    }
  }
  if (out === '') {
    console.error(`error: --out needs a file name (${USAGE})`);
    process.exit(2);
  }
  return { out };
}

/** Waits for the stream to take more when it is full, so a slow disk or pipe slows the export instead of filling memory. */
function lineWriter(stream: Writable) {
  return async (line: string) => {
    if (!stream.write(line + '\n')) await once(stream, 'drain');
  };
}

const { out } = parseArgs(process.argv.slice(2));

await withScriptDatabase(async (executor) => {
  const started = performance.now();
  let counts;
  if (out) {
    // A partial file never takes the name of a finished one.
    const partial = `${out}.partial-${process.pid}`;
    const stream = createWriteStream('', { fd: openOutputFile(partial, out) });
    try {
      counts = await exportGraph(executor, lineWriter(stream));
      stream.end();
      await finished(stream);
      renameSync(partial, out);
    } catch (error) {
      stream.destroy();
      rmSync(partial, { force: true });
      throw error;
    }
  } else {
    counts = await exportGraph(executor, lineWriter(process.stdout));
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = counts.nodes + counts.relationships;
  console.error(
    `Exported ${counts.nodes} nodes and ${counts.relationships} relationships${out ? ` to ${out}` : ''} in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s).`,
  );
});
