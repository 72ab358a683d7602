/**
 * npm run seed              validate seed/ and load it into Neo4j (MERGE on ids: safe to repeat)
 * npm run seed -- --check   validate only; no database needed
 *
 * The database comes from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE,
 * or the project's local instance when NEO4J_URI is unset.
 */
import { checkSeed, formatIssue, loadSeed, toGraph, type SeedCounts } from '../seed/load/index.js';
import { withScriptDatabase } from './script-database.js';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`error: unknown argument ${unknown.join(' ')} (usage: npm run seed [-- --check])`);
  process.exit(2);
}

const sum = (counts: Record<string, number | undefined>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
const table = (counts: Record<string, number | undefined>) =>
  Object.entries(counts)
    .map(([k, v]) => `  ${k.padEnd(18)} ${String(v).padStart(4)}`)
    .join('\n');

function report(verb: string, counts: SeedCounts) {
  console.log(`${verb} ${sum(counts.nodes)} nodes and ${sum(counts.relationships)} relationships.`);
  console.log(`Nodes:\n${table(counts.nodes)}\nRelationships:\n${table(counts.relationships)}`);
}

// Validate before connecting: a bad record is reported the same way with or without a database.
const { dataset, issues, notices } = checkSeed();
for (const notice of notices) console.error(`notice: ${notice}`);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`error: the seed data has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written`);
  process.exit(1);
}

if (args.includes('--check')) {
  const graph = toGraph(dataset);
  report('The seed is valid:', {
    nodes: Object.fromEntries(graph.nodes.map((b) => [b.label, b.rows.length])),
    relationships: graph.relationships.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b.type]: (acc[b.type] ?? 0) + b.rows.length }), {}),
  });
} else {
  await withScriptDatabase(async (executor) => {
    report('Loaded', await loadSeed(executor));
  });
}
