import { ConfigError, loadConfig } from '../api/config.js';
import { createDriver } from '../api/db/driver.js';
import { Executor } from '../api/db/executor.js';
import { instance, readConnection } from './neo4j/instance.js';

/**
 * Runs a command-line script against the configured Neo4j: NEO4J_URI when set,
 * otherwise the project's local instance. Prints one line and exits 1 on a
 * configuration error or failure.
 */
export async function withScriptDatabase(work: (executor: Executor) => Promise<void>): Promise<void> {
  let driver;
  try {
    const config = loadConfig(process.env, readConnection(instance('main')) ?? undefined);
    driver = createDriver(config.neo4j);
    await work(new Executor(driver, { database: config.neo4j.database, transactionTimeoutMs: 600_000, metadata: { app: 'dvk-graph-script' } }));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof ConfigError) && process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  } finally {
    await driver?.close();
  }
}
