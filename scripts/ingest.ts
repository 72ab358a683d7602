/**
 * npm run ingest -- FILE|FOLDER… [--url U] [--publisher P] [--published-at YYYY-MM-DD] [--format html|text]
 *
 * Takes articles in (saved HTML pages or text files; a folder: its .html, .htm
 * and .txt files, in name order) as the ingestArticle mutation does, in this
 * process, against the configured database: each article becomes a Source (found
 * again when its URL or text was taken in before) and its facts proposals for
 * review. Safe to repeat: nothing is proposed twice. Audited as the `cli`
 * actor. A file that cannot be taken in is reported (`FILE: field: problem`)
 * and nothing of it is written; the others go in, and the exit code is 1.
 * The database comes from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD /
 * NEO4J_DATABASE, or the local instance.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ARTICLE_LIMITS, ingestArticle, type IngestOutcome } from '../api/ingest/index.js';
import type { Executor } from '../api/db/executor.js';
import { InputError } from '../api/write/index.js';
import { withScriptDatabase } from './script-database.js';

// Writes from the command line are audited as the `cli` actor (as npm run keys is).
const CLI = { keyId: null, accountId: null, name: 'cli', role: null };
const USAGE = 'usage: npm run ingest -- FILE|FOLDER… [--url U] [--publisher P] [--published-at YYYY-MM-DD] [--format html|text]';
const ARTICLE_FILE = /\.(html?|txt)$/i;

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

function articleFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return fail(`no such file or folder: ${p}`);
    }
    if (!stat.isDirectory()) return [p];
    const inside = readdirSync(p, { withFileTypes: true })
      .filter((e) => e.isDirectory() || ARTICLE_FILE.test(e.name))
      .map((e) => path.join(p, e.name))
      .sort();
    return articleFiles(inside);
  });
}

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { url: { type: 'string' }, publisher: { type: 'string' }, 'published-at': { type: 'string' }, format: { type: 'string' } },
});
if (positionals.length === 0) fail('name the articles (files or folders) to take in');
if (values.format !== undefined && values.format !== 'html' && values.format !== 'text') fail('--format must be html or text');
const files = articleFiles(positionals);
if (files.length === 0) fail(`no .html, .htm or .txt file in ${positionals.join(', ')}`);
if (values.url !== undefined && files.length > 1) fail('--url names one article: give one file with it');

interface Totals {
  articles: number;
  created: number;
  refused: number;
  proposed: Record<string, number>;
  already: number;
  entities: IngestOutcome['entities'];
}

function summary(t: Totals, seconds: number): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  const proposed = Object.values(t.proposed).reduce((a, b) => a + b, 0);
  const kinds = [
    n(t.proposed.ENTITY ?? 0, 'entity', 'entities'),
    n(t.proposed.ROLE_OBSERVATION ?? 0, 'role observation'),
    n(t.proposed.PARTICIPATION ?? 0, 'participation'),
    n(t.proposed.LINK ?? 0, 'link'),
  ].join(', ');
  return (
    `Ingested ${n(t.articles, 'article')} (${t.created} new ${t.created === 1 ? 'source' : 'sources'}, ${t.articles - t.created} found again${t.refused > 0 ? `; ${t.refused} refused` : ''}): ` +
    `${n(proposed, 'new proposal')} (${kinds}), ${t.already} already proposed; ` +
    `entities: ${t.entities.matched} matched, ${t.entities.ambiguous} ambiguous, ${t.entities.new} new; in ${seconds.toFixed(1)} s.`
  );
}

async function ingestAll(executor: Executor, totals: Totals, problems: string[], bar: cliProgress.SingleBar | null): Promise<void> {
  for (const file of files) {
    bar?.update({ file: path.basename(file) });
    try {
      const size = statSync(file).size;
      if (size > ARTICLE_LIMITS.maxInputBytes) throw new InputError({ field: 'input.content', message: `the file is ${size} bytes; at most ${ARTICLE_LIMITS.maxInputBytes} are read (TOO_LARGE)` });
      const outcome = await ingestArticle(
        { executor, actor: CLI, requestId: null },
        { content: readFileSync(file), format: (values.format as 'html' | 'text' | undefined) ?? null, url: values.url, publisher: values.publisher, publishedAt: values['published-at'] },
      );
      totals.articles += 1;
      if (outcome.sourceCreated) totals.created += 1;
      for (const [kind, count] of Object.entries(outcome.proposed)) totals.proposed[kind] = (totals.proposed[kind] ?? 0) + count;
      totals.already += outcome.alreadyProposed;
      totals.entities.matched += outcome.entities.matched;
      totals.entities.ambiguous += outcome.entities.ambiguous;
      totals.entities.new += outcome.entities.new;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      totals.refused += 1;
      problems.push(...error.problems.map((p) => `${file}: ${p.field.replace(/^input\./, '')}: ${p.message}`));
    }
    bar?.increment();
  }
}

await withScriptDatabase(async (executor) => {
  const started = performance.now();
  const totals: Totals = { articles: 0, created: 0, refused: 0, proposed: {}, already: 0, entities: { matched: 0, ambiguous: 0, new: 0 } };
  const problems: string[] = [];
  // Only on a terminal: in a log or a pipe the redrawn bar would be noise.
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'Ingesting [{bar}] {value}/{total} articles | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  try {
    await ingestAll(executor, totals, problems, bar);
  } finally {
    bar?.stop();
  }
  for (const problem of problems) console.error(problem);
  console.log(summary(totals, (performance.now() - started) / 1000));
  if (totals.refused > 0) process.exitCode = 1;
});
