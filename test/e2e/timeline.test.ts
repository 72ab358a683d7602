import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('the explorer: a person’s timeline', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('draws Phạm Thiện Nghĩa’s observations of 2021 and 2023, each leading to its event and article', async () => {
    const { page } = explorer;
    const id = await explorer.idOf('pham thien nghia', 'PERSON');
    await page.goto(explorer.url(`/person/${id}`));
    await page.getByRole('link', { name: 'Dòng thời gian' }).click();
    await page.locator('h1', { hasText: 'Dòng thời gian của Phạm Thiện Nghĩa' }).waitFor();

    // One row per title × organisation; a dot per observation, placed by its date.
    const rows = page.locator('.tl-row');
    assert.deepEqual(await rows.locator('.tl-label strong').allTextContents(), ['Bí thư', 'Chủ tịch', 'Phó Bí thư']);
    const dates = await page.locator('.tl-obs').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-date')));
    assert.deepEqual([...new Set(dates)].sort(), ['2021-03-24', '2023-03-30']);
    assert.deepEqual(await page.locator('.tl-year-group h3').allTextContents(), ['Năm 2021', 'Năm 2023']);

    await rows.filter({ hasText: 'Chủ tịch' }).locator('.tl-obs[data-date="2021-03-24"]').click();
    const detail = page.locator('.tl-detail');
    await detail.locator('h2', { hasText: '24/3/2021' }).waitFor();
    assert.match((await detail.textContent()) ?? '', /Ủy ban nhân dân tỉnh Đồng Tháp/);
    // The People's Committee he chaired was succeeded on 1/7/2025 (seed/facts/901): the detail says so.
    assert.match((await detail.locator('.hint').allTextContents()).join(' '), /tổ chức được sắp xếp lại từ 1\/7\/2025/);
    assert.equal(await detail.getByRole('link', { name: 'Hội nghị Tổng kết công tác Dân vận Chính quyền 2020' }).count(), 1, 'the article');
    await screenshot(page, 'timeline');

    await detail.getByRole('link', { name: 'Hội nghị tổng kết công tác dân vận chính quyền năm 2020 tỉnh Đồng Tháp' }).click();
    await page.locator('h1', { hasText: 'Hội nghị tổng kết công tác dân vận chính quyền năm 2020 tỉnh Đồng Tháp' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/event\//);
    assert.deepEqual(explorer.problems(), []);
  });
});
