/**
 * npm run generate -- --size tiny|small|medium|large [--seed N] --out FILE
 *
 * Writes a synthetic registry (≈ 1.5k / 10k / 100k / 1M entities) as an export
 * file that `npm run import -- FILE` loads into an empty database. The same
 * size and seed always give the same bytes. Memory stays flat whatever the
 * size: every fact is recomputed from its index when its section is written.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import cliProgress from 'cli-progress';
import { readMigrations } from '../../api/db/schema-migrations.js';
import { MIGRATIONS_DIR } from '../../api/paths.js';
import { cannotWrite, openOutputFile } from '../output-file.js';
import { generateLines, type GenerationCounts } from './generate-graph.js';
import { planFor, SIZES, type SizeName } from './size-plan.js';

const USAGE = 'usage: npm run generate -- --size tiny|small|medium|large [--seed N] --out FILE';

function fail(message: string): never {
  console.error(`error: ${message} (${USAGE})`);
  process.exit(2);
}

function parseArgs(args: string[]) {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) fail(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!['size', 'seed', 'out'].includes(key)) fail(`unknown option --${key}`);
    const value = inline ?? args[++i];
    if (value === undefined) fail(`--${key} needs a value`);
    options[key] = value;
  }
  const size = (options.size ?? 'small') as SizeName;
  if (!SIZES.includes(size)) fail(`--size must be one of ${SIZES.join(', ')}`);
  const seed = Number(options.seed ?? '1');
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) fail('--seed must be a whole number from 0 to 4294967295');
  if (!options.out) fail('name the output file with --out');
  return { size, seed, out: options.out };
}

const { size, seed, out } = parseArgs(process.argv.slice(2));
// Opened before the progress bar takes the terminal, so that a path that cannot be written is one plain line.
const file = createWriteStream('', { fd: openOutputFile(out) });
const plan = planFor(size, seed);
const schemaVersion = readMigrations(MIGRATIONS_DIR).at(-1)?.version ?? 0;
const started = performance.now();
const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar({ stream: process.stderr, format: 'Generating {section} [{bar}] {percentage}% | {eta_formatted} left' }, cliProgress.Presets.shades_classic)
  : null;
bar?.start(1, 0, { section: '' });
const counts: GenerationCounts = { nodes: 0, relationships: 0, byLabel: {} };
file.on('error', (error) => {
  bar?.stop();
  cannotWrite(out, error);
});
let chunk = '';
for (const line of generateLines(plan, schemaVersion, counts, (p) => {
  bar?.setTotal(p.total);
  bar?.update(p.done, { section: p.section });
})) {
  chunk += line + '\n';
  // Writes in ~1 MiB pieces and waits when the disk is behind, so memory stays flat.
  if (chunk.length > 1 << 20) {
    if (!file.write(chunk)) await once(file, 'drain');
    chunk = '';
  }
}
file.end(chunk);
await once(file, 'finish');
bar?.stop();
const seconds = (performance.now() - started) / 1000;
console.log(`Wrote ${counts.nodes} nodes and ${counts.relationships} relationships (size ${size}, seed ${seed}) to ${out} in ${seconds.toFixed(1)} s.`);
console.log(
  Object.entries(counts.byLabel)
    .map(([name, n]) => `${name} ${n}`)
    .join(', '),
);
