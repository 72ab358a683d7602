import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../api/paths.js';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * @neo4j/graphql 7.x on Apollo Server 5's standalone server (node:http and
 * body-parser, as the library's getting-started guide serves it; dvk-graph's
 * /graphql runs on node:http too), over the same database, with scripts/bench/neo4j-graphql/type-defs.graphql. It gets a
 * driver of its own with the driver's default settings (the library expects
 * lossless integers); every `tx.run` it makes is counted as one round trip.
 */
function countingDriver(driver: Driver, onQuery: () => void): Driver {
  const bind = (object: object, key: string | symbol) => {
    const value = Reflect.get(object, key) as unknown;
    return typeof value === 'function' ? value.bind(object) : value;
  };
  const countedTx = (tx: object) => new Proxy(tx, { get: (t, key) => (key === 'run' ? (...args: unknown[]) => (onQuery(), (t as { run: (...a: unknown[]) => unknown }).run(...args)) : bind(t, key)) });
  return new Proxy(driver, {
    get(target, key) {
      if (key !== 'session') return bind(target, key);
      return (...args: unknown[]) => {
        const session = (target.session as (...a: unknown[]) => object)(...args);
        return new Proxy(session, {
          get(s, k) {
            if (k !== 'executeRead' && k !== 'executeWrite') return bind(s, k);
            return (work: (tx: object) => unknown, config?: unknown) => (Reflect.get(s, k) as (w: unknown, c: unknown) => unknown).call(s, (tx: object) => work(countedTx(tx)), config);
          },
        });
      };
    },
  });
}

/** Listens on an ephemeral loopback port; `stop` drains it (the standalone server's drain plugin) and closes its driver. */
export async function startNeo4jGraphqlServer(onQuery: () => void): Promise<{ port: number; stop(): Promise<void> }> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!), { maxConnectionPoolSize: 50 });
  const typeDefs = readFileSync(path.join(REPO_ROOT, 'scripts', 'bench', 'neo4j-graphql', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver: countingDriver(driver, onQuery) }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    port: Number(new URL(url).port),
    async stop() {
      await apollo.stop();
      await driver.close();
    },
  };
}
