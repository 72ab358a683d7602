/**
 * The list statements of two builds, timed statement by statement on the same
 * Neo4j and data (NEO4J_URI, NEO4J_PASSWORD; the large graph of
 * `npm run generate`), and their answers compared.
 *
 *   npm run bench:lists -- --other DIR [--runs 5] [--rounds 3] [--out FILE]
 *
 * DIR is another checkout built by `tsc` (its dist/); each repository of both
 * builds is asked for the same first page of twenty (a province, the merged
 * province of 2025, no filter) through an executor that records the statement
 * instead of running it, so what is timed is exactly the Cypher each build
 * sends. The two builds take turns in every round, each after a warm-up. A
 * statement's answer is its total and the ids of the page, compared between
 * the builds. Needs the place ids of the generated graph (pl-an-giang,
 * pl-an-giang-2025).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../api/config.js';
import { createDriver } from '../../api/db/driver.js';
import type { Params } from '../../api/db/executor.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const OTHER = option('other', '');
if (!OTHER) throw new Error('--other DIR: a checkout built by tsc, to compare with');
const RUNS = Number(option('runs', '5'));
const ROUNDS = Number(option('rounds', '3'));
const OUT = option('out', '');

interface Captured {
  cypher: string;
  params: Params;
}

type Case = readonly [name: string, ask: (repositories: Repositories) => Promise<unknown>];
type Repository = new (executor: unknown) => Record<string, (...a: unknown[]) => Promise<unknown>>;
type Repositories = Record<'Event' | 'Program' | 'Person' | 'Place' | 'Organization' | 'Model', (record: (c: Captured) => void) => Record<string, (...a: unknown[]) => Promise<unknown>>>;

const page = (filter: Record<string, unknown>) => [{ key: 'k', filter, offset: 0, limit: 20 }];
const CASES: Case[] = [
  ['a province\'s models, by name', (r) => r.Model(record)['pages']!('NAME_ASC', page({ placeId: 'pl-an-giang' }))],
  ['the merged province\'s models', (r) => r.Model(record)['pages']!('NAME_ASC', page({ placeId: 'pl-an-giang-2025' }))],
  ['a province\'s events, by date', (r) => r.Event(record)['pages']!('DATE_DESC', page({ placeId: 'pl-an-giang' }))],
  ['the merged province\'s events', (r) => r.Event(record)['pages']!('DATE_DESC', page({ placeId: 'pl-an-giang-2025' }))],
  ['the merged province\'s programs', (r) => r.Program(record)['pages']!('DATE_DESC', page({ placeId: 'pl-an-giang-2025' }))],
  ['a province\'s organisations', (r) => r.Organization(record)['pages']!('NAME_ASC', page({ placeId: 'pl-an-giang' }))],
  ['a place page\'s organisations', (r) => r.Place(record)['organizationPages']!('NAME_ASC', [{ key: 'k', placeId: 'pl-an-giang-2025', includeContained: true, followSuccession: true, offset: 0, limit: 20 }])],
  ['a province\'s people', (r) => r.Person(record)['pages']!('NAME_ASC', page({ placeId: 'pl-an-giang' }))],
  ['the merged province\'s people', (r) => r.Person(record)['pages']!('NAME_ASC', page({ placeId: 'pl-an-giang-2025' }))],
  ['every event, by name', (r) => r.Event(record)['pages']!('NAME_ASC', page({}))],
  ['every program, by date', (r) => r.Program(record)['pages']!('DATE_DESC', page({}))],
  ['every person, by name', (r) => r.Person(record)['pages']!('NAME_ASC', page({}))],
  ['every place, by name', (r) => r.Place(record)['pages']!('NAME_ASC', page({}))],
];

let recorded: Captured | undefined;
function record(c: Captured) {
  recorded = c;
}

/** The repositories of the build in `dist`, each over an executor that records the statement it is asked to run. */
async function repositoriesOf(dist: string): Promise<Repositories> {
  const load = async (file: string, name: string) => ((await import(pathToFileURL(path.join(dist, 'api', 'db', file)).href)) as Record<string, Repository>)[name]!;
  const classes = {
    Event: await load('event/event.repository.js', 'EventRepository'),
    Program: await load('program/program.repository.js', 'ProgramRepository'),
    Person: await load('person/person.repository.js', 'PersonRepository'),
    Place: await load('place/place.repository.js', 'PlaceRepository'),
    Organization: await load('organization/organization.repository.js', 'OrganizationRepository'),
    Model: await load('model/model.repository.js', 'ModelRepository'),
  };
  const recording = (onStatement: (c: Captured) => void) => ({
    coalescedRead: async (cypher: string, params: Params) => {
      onStatement({ cypher, params });
      return [];
    },
  });
  return Object.fromEntries(Object.entries(classes).map(([label, Class]) => [label, (onStatement: (c: Captured) => void) => new Class(recording(onStatement))])) as Repositories;
}

async function statementsOf(dist: string): Promise<Captured[]> {
  const repositories = await repositoriesOf(dist);
  const out: Captured[] = [];
  for (const [name, ask] of CASES) {
    recorded = undefined;
    await ask(repositories);
    if (!recorded) throw new Error(`${name}: no statement recorded in ${dist}`);
    out.push(recorded);
  }
  return out;
}

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const mine = await statementsOf(here);
const theirs = await statementsOf(path.resolve(OTHER, 'dist'));

const config = loadConfig(process.env);
const driver = createDriver(config.neo4j);
const session = driver.session({ database: config.neo4j.database, defaultAccessMode: 'READ' });
const lines = [
  `List statements on ${config.neo4j.uri}, ${new Date().toISOString()}: this build (${here}) and ${path.resolve(OTHER)}, mean ms of ${RUNS} runs per round after 2 warm-up runs, ${ROUNDS} rounds taking turns.`,
  '',
  '| list | this build, ms per round | other build, ms per round | same answer | total |',
  '|---|---|---|---|---:|',
];
for (let i = 0; i < CASES.length; i++) {
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, statement] of [mine[i]!, theirs[i]!].entries()) {
      for (let w = 0; w < 2; w++) await session.run(statement.cypher, statement.params);
      const started = performance.now();
      for (let r = 0; r < RUNS; r++) await session.run(statement.cypher, statement.params);
      times[k]!.push((performance.now() - started) / RUNS);
    }
  }
  const answer = async (s: Captured) => (await session.run(s.cypher, s.params)).records.map((r) => [r.get('total'), (r.get('nodes') as { id: string }[]).map((n) => n.id)]);
  const [a, b] = [await answer(mine[i]!), await answer(theirs[i]!)];
  const line = `| ${CASES[i]![0]} | ${times[0].map((t) => t.toFixed(1)).join(' / ')} | ${times[1].map((t) => t.toFixed(1)).join(' / ')} | ${JSON.stringify(a) === JSON.stringify(b) ? 'yes' : 'NO'} | ${String(a[0]?.[0] ?? '')} |`;
  lines.push(line);
  console.log(line);
}
await session.close();
await driver.close();
if (OUT) writeFileSync(OUT, `${lines.join('\n')}\n`);
