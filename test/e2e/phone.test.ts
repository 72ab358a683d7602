import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** How far the page is wider than the window: a phone layout never scrolls sideways. */
async function overflow(explorer: RunningExplorer): Promise<number> {
  return explorer.page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return document.documentElement.scrollWidth - innerWidth;
  });
}

describe('the explorer on a phone-sized screen', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer({ viewport: { width: 390, height: 844 } });
  });
  after(async () => {
    await explorer?.close();
  });

  it('fits the search, the model registry and a timeline to the width of the screen', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/?q=hoi%20quan'));
    await page.locator('#search-results .result').first().waitFor();
    assert.equal(await overflow(explorer), 0);
    await screenshot(page, 'phone-search');

    await page.goto(explorer.url('/models'));
    await page.locator('.model-card').first().waitFor();
    assert.equal(await overflow(explorer), 0);
    await screenshot(page, 'phone-models');

    const id = await explorer.idOf('pham thien nghia', 'PERSON');
    await page.goto(explorer.url(`/person/${id}/timeline`));
    await page.locator('.tl-obs').first().waitFor();
    assert.equal(await overflow(explorer), 0);
    await screenshot(page, 'phone-timeline');
    assert.deepEqual(explorer.problems(), []);
  });
});
