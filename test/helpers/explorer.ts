import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import type { Executor } from '../../api/db/executor.js';
import { startApi, type ApiOptions, type RunningApi } from './api-server.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { createTestDriver, createTestExecutor } from './database.js';
import { ensureSeeded } from './seeded.js';

export interface RunningExplorer {
  api: RunningApi;
  /** The test database, for a suite that prepares data (accounts) before the browser uses it. */
  executor: Executor;
  browser: TestBrowser;
  page: Page;
  /** `api.url` + path. */
  url(path: string): string;
  /** The global id of the entity a search finds first (tests start from names, as a user does). */
  idOf(query: string, kind: string): Promise<string>;
  /** Problems the pages reported (console errors, page errors, failed requests), for a test to assert none. */
  problems(): string[];
  close(): Promise<void>;
}

/**
 * The real API process serving the built explorer over the seeded test
 * database, and a headless Chromium with one tab open.
 */
export async function startExplorer(options: { viewport?: { width: number; height: number }; api?: ApiOptions } = {}): Promise<RunningExplorer> {
  const driver: Driver = createTestDriver();
  const executor = createTestExecutor(driver);
  let api: RunningApi;
  try {
    await ensureSeeded(executor);
    api = await startApi(executor, options.api);
  } catch (error) {
    // An open driver would keep the test file's process alive after the failure, and the run would never end.
    await driver.close();
    throw error;
  }
  let browser: TestBrowser;
  try {
    browser = await launchBrowser(options);
  } catch (error) {
    await api.close();
    await driver.close();
    throw error;
  }
  const page = await browser.newPage();
  return {
    api,
    executor,
    browser,
    page,
    url: (path) => `${api.url}${path}`,
    async idOf(query, kind) {
      const { body } = await api.graphql<{ search: { edges: { node: { id: string } }[] } }>(
        'query ($q: String!, $kinds: [EntityKind!]) { search(query: $q, kinds: $kinds, first: 1) { edges { node { id } } } }',
        { q: query, kinds: [kind] },
      );
      const id = body.data?.search.edges[0]?.node.id;
      if (!id) throw new Error(`no ${kind} found for "${query}"`);
      return id;
    },
    // A search typed quickly cancels the requests it no longer needs; those are not problems.
    problems: () => browser.problems.filter((p) => !p.includes('net::ERR_ABORTED')),
    async close() {
      await browser.close();
      await api.close();
      await driver.close();
    },
  };
}
