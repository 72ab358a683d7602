import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** Types into a picker and chooses the suggestion with that name, as a user does. */
async function pick(page: Page, label: string, typed: string, name: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).pressSequentially(typed, { delay: 30 });
  await page.getByRole('option', { name }).click();
}

describe('the explorer: how are these two connected?', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('finds and draws the shortest paths between Phạm Thiện Nghĩa and Lê Thành Công', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/paths'));
    await pick(page, 'Từ', 'pham thien nghia', 'Phạm Thiện Nghĩa');
    await pick(page, 'Đến', 'le thanh cong', 'Lê Thành Công');
    await page.getByRole('button', { name: 'Tìm đường nối' }).click();

    const summary = page.locator('#paths-summary');
    await summary.waitFor();
    // They met at two conferences, in two capacities each: four paths of two steps.
    assert.equal(await summary.textContent(), '4 đường nối ngắn nhất, mỗi đường 2 bước.');
    const paths = await page.locator('.path-list .path').allTextContents();
    assert.equal(paths.length, 4);
    for (const path of paths) assert.match(path, /^Phạm Thiện Nghĩa tham gia .+ → Lê Thành Công$/);
    assert.equal(await page.locator('#paths-canvas').getAttribute('data-nodes'), '4');
    await screenshot(page, 'paths');
    assert.deepEqual(explorer.problems(), []);
  });
});
