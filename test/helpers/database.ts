import neo4j, { type Driver } from 'neo4j-driver';
import { Executor, type QueryObserver } from '../../api/db/executor.js';

/**
 * The Neo4j that `npm test` started for this run (never the data of `npm start`).
 * The test runner exports its address and password; a developer running one
 * file by hand exports them the same way.
 */
export function testNeo4jSettings() {
  const uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD;
  if (!uri || !password) {
    throw new Error('Integration tests need NEO4J_URI and NEO4J_PASSWORD: run them through `npm test`');
  }
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password, database: process.env.NEO4J_DATABASE || undefined };
}

export function createTestDriver(): Driver {
  const s = testNeo4jSettings();
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), { disableLosslessIntegers: true });
}

export function createTestExecutor(driver: Driver, observer?: QueryObserver): Executor {
  return new Executor(driver, { database: testNeo4jSettings().database, transactionTimeoutMs: 30_000, observer });
}

/** Counts round trips, for the tests that hold the number of queries down. */
export class CountingObserver implements QueryObserver {
  readonly queries: string[] = [];
  onQuery(event: { cypher: string }): void {
    this.queries.push(event.cypher);
  }
  get count(): number {
    return this.queries.length;
  }
}

/** Removes every node and relationship; the schema (constraints, indexes, migration record) stays. */
export async function clearData(executor: Executor): Promise<void> {
  await executor.write('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
}
