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

  it('shows every section of the header, GraphiQL too, without scrolling sideways', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/'));
    const links = page.locator('.site-header nav a:visible');
    assert.deepEqual(await links.allTextContents(), ['Tìm kiếm', 'Mô hình', 'Đồ thị', 'Đường nối', 'GraphiQL']);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 390, `${await link.textContent()} is on screen (${box.x}–${box.x + box.width})`);
    }
    assert.equal(await overflow(explorer), 0);
  });

  it('puts the response of GraphiQL under its editors, on screen, with a way back to the explorer', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/graphiql'));
    await page.locator('.graphiql-query-editor', { hasText: 'query Search' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    // Monaco draws only the lines in view: the first lines of the answer are enough.
    await page.locator('.graphiql-response', { hasText: '"totalCount": 4' }).waitFor();
    const box = (await response.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390 + 1, `the response is within the width of the screen (${box.x}–${box.x + box.width})`);
    assert.ok(box.y < 844 && box.height >= 100, `the response is on screen (top ${box.y}, height ${box.height})`);
    assert.ok(await page.getByRole('link', { name: '← Về trang khám phá' }).isVisible());
    await screenshot(page, 'phone-graphiql');
    assert.deepEqual(explorer.problems(), []);
  });
});
