import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { startApi, type RunningApi } from './api-server.js';
import { createTestDriver, createTestExecutor } from './database.js';
import { ensureSeeded } from './seeded.js';

/** The API of a suite that only reads the seed; usable once the suite's `before` hooks have run. */
export interface SeededApi {
  graphql: RunningApi['graphql'];
  /** Runs an operation, asserts that it answered without errors and returns its data. */
  data<T>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<T>;
  /** The executor the API serves from. */
  readonly executor: Executor;
  readonly driver: Driver;
}

/**
 * Registers, in the `describe` it is called from, a `before` hook that seeds
 * the test database (when it is not seeded yet) and starts the API on it, and
 * an `after` hook that stops both. `serveWith` builds the executor the API
 * serves from; the seed goes in through a plain one, so an observer on the
 * served executor sees only the tests' requests.
 */
export function seededApi(options: { serveWith?: (driver: Driver) => Executor } = {}): SeededApi {
  let driver: Driver | undefined;
  let executor: Executor | undefined;
  let api: RunningApi | undefined;
  before(async () => {
    driver = createTestDriver();
    await ensureSeeded(createTestExecutor(driver));
    executor = options.serveWith ? options.serveWith(driver) : createTestExecutor(driver);
    api = await startApi(executor);
  });
  after(async () => {
    await api?.close();
    await driver?.close();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the API starts in the before hook of the suite that called seededApi()');
    return value;
  };
  const graphql: RunningApi['graphql'] = (query, variables, operationName) => ready(api).graphql(query, variables, operationName);
  async function data<T>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<T> {
    const { body } = await graphql<T>(query, variables, operationName);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!;
  }
  return {
    graphql,
    data,
    get executor() {
      return ready(executor);
    },
    get driver() {
      return ready(driver);
    },
  };
}
