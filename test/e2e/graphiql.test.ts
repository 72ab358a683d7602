import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('GraphiQL at /graphiql', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('loads from this server alone, with the contract operations as tabs, and runs one', async () => {
    const { page } = explorer;
    const requested = new Set<string>();
    page.on('request', (request) => requested.add(new URL(request.url()).origin));
    await page.goto(explorer.url('/graphiql'));

    const tabs = page.locator('.graphiql-tab-button');
    await tabs.first().waitFor();
    assert.deepEqual(await tabs.allTextContents(), [
      'Search',
      'PersonTimeline',
      'OfficeHolders',
      'Models',
      'EventDetail',
      'ProgramDetail',
      'PlaceDetail',
      'Neighborhood',
      'Connection',
    ]);

    // The first tab is the contract's Search, with "hoi quan" as its variable;
    // the editors (Monaco) start after the tabs are drawn.
    await page.locator('.graphiql-query-editor', { hasText: 'query Search' }).waitFor();
    await page.locator('.graphiql-editor-tool', { hasText: 'hoi quan' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: 'Hội quán' }).waitFor();
    assert.match((await page.locator('.graphiql-response').textContent()) ?? '', /"totalCount"/);
    await screenshot(page, 'graphiql');

    assert.deepEqual([...requested], [new URL(explorer.api.url).origin], 'no CDN: every request goes to this server');

    // A way back to the explorer.
    await page.getByRole('link', { name: '← Về trang khám phá' }).click();
    await page.waitForURL(explorer.url('/'));
    await page.locator('#search-q').waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
