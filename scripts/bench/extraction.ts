/**
 * npm run bench:extraction [-- --json] [-- --sources DIR --expected DIR2] [-- --gazetteer]
 *
 * Runs the offline extractor (ingest/) on a folder of articles and scores it
 * against expected facts in the seed's format: recall and precision per kind,
 * time per article, and the time for a 2,000-word article.
 *
 * - Default: the five articles of ../shared/sources against the repository's
 *   seed/ (the hand-made answer for them). `--sources DIR` needs `--expected
 *   DIR2`: a folder with entities/ and facts/ like seed/, whose Source records
 *   name each article's file (`file:`).
 * - Honesty: the extractor runs with its vocabularies only — no gazetteer from
 *   the facts being scored. `--gazetteer` adds a second, labelled figure: each
 *   article read with a registry gazetteer of the entities the OTHER articles
 *   cite (leave-one-article-out).
 * - `--json` prints one JSON object on stdout.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, SEED_DIR, SHARED_DIR } from '../../api/paths.js';
import { readArticle } from '../../ingest/article/read-article.js';
import { createExtractor } from '../../ingest/extractor.js';
import { loadExpected } from '../../ingest/score/expected.js';
import { emptyCounts, KINDS, recallPrecision, scoreArticle, type ArticleScore, type Counts } from '../../ingest/score/score.js';
import { loadVocabulary } from '../../ingest/vocab/load-vocabulary.js';
import { gazetteerFromRecords } from '../../ingest/vocab/seed-gazetteer.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const json = process.argv.includes('--json');
const withGazetteer = process.argv.includes('--gazetteer');
const defaultSources = path.join(SHARED_DIR, 'sources');
const sourcesDir = path.resolve(arg('--sources') ?? defaultSources);
const expectedArg = arg('--expected');
if (!expectedArg && sourcesDir !== path.resolve(defaultSources)) {
  console.error('--sources DIR needs --expected DIR2 (a folder with entities/ and facts/ in the seed format)');
  process.exit(2);
}
const expectedDir = path.resolve(expectedArg ?? SEED_DIR);
const expected = loadExpected(expectedDir);
const files = readdirSync(sourcesDir).filter((f) => expected.articles.has(f)).sort();
const unlabelled = readdirSync(sourcesDir).filter((f) => !expected.articles.has(f));
if (files.length === 0) {
  console.error(`no article in ${sourcesDir} has expected facts in ${expectedDir}`);
  process.exit(2);
}

const vocabulary = loadVocabulary();
const plain = createExtractor({ vocabulary });
// The extractor's first article pays for V8 compiling it: warm up on all of them once, untimed.
for (const f of files) plain.extract(readFileSync(path.join(sourcesDir, f)));

interface Run {
  scores: Map<string, ArticleScore>;
  ms: Map<string, number>;
}

function run(extractorFor: (file: string) => ReturnType<typeof createExtractor>): Run {
  const scores = new Map<string, ArticleScore>();
  const ms = new Map<string, number>();
  for (const f of files) {
    const bytes = readFileSync(path.join(sourcesDir, f));
    const extractor = extractorFor(f);
    const canon = (t: string) => extractor.lexicon.canonical(t);
    const times: number[] = [];
    let result = extractor.extract(bytes);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      result = extractor.extract(bytes);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    ms.set(f, Math.round(times[2]! * 10) / 10);
    scores.set(f, scoreArticle(result, expected.articles.get(f)!, canon));
  }
  return { scores, ms };
}

function totals(r: Run): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const kind of KINDS) {
    const c = emptyCounts();
    for (const s of r.scores.values()) {
      c.truePositives += s[kind].truePositives;
      c.falsePositives += s[kind].falsePositives;
      c.falseNegatives += s[kind].falseNegatives;
      c.wrong.push(...s[kind].wrong);
      c.missed.push(...s[kind].missed);
    }
    out[kind] = c;
  }
  return out;
}

/** A 2,000-word article: the articles' sentences, repeated as needed, cut at a sentence end past 2,000 words. */
function twoThousandWords(): { text: string; words: number } {
  const bodies = files.map((f) => readArticle(readFileSync(path.join(sourcesDir, f))).text);
  const sentences = bodies.join('\n').split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim() !== '');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 2000; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    words += s.split(/\s+/).length;
  }
  return { text: out.join('\n'), words };
}

function speed(): { words: number; medianMs: number; maxMs: number; runs: number } {
  const { text, words } = twoThousandWords();
  const article = readArticle(text, { format: 'text' });
  for (let i = 0; i < 3; i++) plain.extract(article);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    plain.extract(readArticle(text, { format: 'text' }));
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { words, medianMs: Math.round(times[7]! * 10) / 10, maxMs: Math.round(times[times.length - 1]! * 10) / 10, runs: times.length };
}

const base = run(() => plain);
const loo = withGazetteer ? run((f) => createExtractor({ vocabulary, gazetteer: gazetteerFromRecords(expected.records.values(), expected.articles.get(f)!.sourceId) })) : null;
const speedResult = speed();

const summary = (r: Run) => Object.fromEntries(KINDS.map((k) => [k, { ...recallPrecision(totals(r)[k]!), truePositives: totals(r)[k]!.truePositives, falsePositives: totals(r)[k]!.falsePositives, falseNegatives: totals(r)[k]!.falseNegatives }]));
const result = {
  ...summary(base),
  articles: Object.fromEntries(files.map((f) => [f, { ms: base.ms.get(f), ...Object.fromEntries(KINDS.map((k) => [k, recallPrecision(base.scores.get(f)![k])])) }])),
  speed: speedResult,
  ...(loo ? { leaveOneOutGazetteer: summary(loo) } : {}),
  sources: path.relative(REPO_ROOT, sourcesDir),
  expected: path.relative(REPO_ROOT, expectedDir),
  unlabelled,
};

if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const pct = (v: number | null) => (v === null ? '–' : v.toFixed(3));
  const table = (title: string, r: Run) => {
    const t = totals(r);
    console.log(`\n${title}\n\n| kind | recall | precision | matched | wrong | missed |\n|---|---|---|---|---|---|`);
    for (const k of KINDS) {
      const c = t[k]!;
      const rp = recallPrecision(c);
      console.log(`| ${k} | ${pct(rp.recall)} | ${pct(rp.precision)} | ${c.truePositives} | ${c.falsePositives} | ${c.falseNegatives} |`);
    }
  };
  console.log(`bench:extraction — ${files.length} articles of ${path.relative(REPO_ROOT, sourcesDir)} against ${path.relative(REPO_ROOT, expectedDir)}, ${new Date().toISOString().slice(0, 10)}`);
  table('Vocabularies only (no gazetteer):', base);
  if (loo) table('With a leave-one-article-out registry gazetteer (entities the other articles cite):', loo);
  console.log('\n| article | ms | roles R/P | participations R/P | events R/P | programs R/P | models R/P |\n|---|---|---|---|---|---|---|');
  for (const f of files) {
    const s = base.scores.get(f)!;
    const cell = (k: (typeof KINDS)[number]) => {
      const rp = recallPrecision(s[k]);
      return `${pct(rp.recall)} / ${pct(rp.precision)}`;
    };
    console.log(`| ${f} | ${base.ms.get(f)} | ${cell('roles')} | ${cell('participations')} | ${cell('events')} | ${cell('programs')} | ${cell('models')} |`);
  }
  console.log(`\nA ${speedResult.words}-word article: median ${speedResult.medianMs} ms, slowest ${speedResult.maxMs} ms over ${speedResult.runs} runs (one core, after warm-up).`);
  const details = (label: string, r: Run) => {
    const t = totals(r);
    const lines = KINDS.flatMap((k) => [...t[k]!.wrong.map((w) => `  ${k} extracted, not expected: ${w}`), ...t[k]!.missed.map((m) => `  ${k} expected, missed: ${m}`)]);
    if (lines.length > 0) console.log(`\n${label}:\n${lines.join('\n')}`);
  };
  details('Differences, vocabularies only', base);
  if (loo) details('Differences, leave-one-article-out gazetteer', loo);
  if (unlabelled.length > 0) console.log(`\nNot scored (no expected facts): ${unlabelled.join(', ')}`);
}
