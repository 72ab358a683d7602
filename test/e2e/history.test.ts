import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('the explorer: an organisation’s history', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('leads from the Ban Dân vận Tỉnh ủy of the articles to the merged board of 2025, and back', async () => {
    const { page } = explorer;
    const id = await explorer.idOf('ban dan van tinh uy dong thap', 'ORGANIZATION');
    await page.goto(explorer.url(`/organization/${id}`));
    await page.locator('h1', { hasText: 'Ban Dân vận Tỉnh ủy Đồng Tháp' }).waitFor();

    const became = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Trở thành' }) });
    // The board of 2025 is named with the day it began (its link gets its period once the page is drawn).
    await became.getByRole('link', { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp (từ 3/2/2025)' }).waitFor();
    assert.match((await became.textContent()) ?? '', /hợp nhất vào Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp \(từ 3\/2\/2025\) — 3\/2\/2025/);
    await screenshot(page, 'organization-history');

    await became.getByRole('link', { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp' }).click();
    await page.locator('h1', { hasText: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp' }).waitFor();
    assert.match((await page.locator('dl.facts').textContent()) ?? '', /Hoạt động từ\s*3\/2\/2025/);
    const from = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Kế thừa từ' }) });
    await from.getByRole('link', { name: 'Ban Tuyên giáo Tỉnh ủy Đồng Tháp (đến 2/2/2025)' }).waitFor();
    assert.deepEqual(await from.locator('li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.textContent ?? '')), [
      'Ban Dân vận Tỉnh ủy Đồng Tháp (đến 2/2/2025)',
      'Ban Tuyên giáo Tỉnh ủy Đồng Tháp (đến 2/2/2025)',
    ]);

    // Its holders through the line: the Ban Dân vận's head, seen before the merger, at the body he was seen at.
    const line = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Người giữ chức qua các tổ chức tiền thân và kế tục' }) });
    assert.deepEqual(await line.locator('li').allTextContents(), ['Trưởng Ban — Lê Thành Công (24/3/2021 – 30/3/2023) — tại Ban Dân vận Tỉnh ủy Đồng Tháp (đến 2/2/2025)[2][3]']);

    // The merger cites a report read on the web: its page gives the address as a link out.
    await page.locator('#nguon').getByRole('link', { name: 'Đồng Tháp công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy' }).click();
    await page.locator('h1', { hasText: 'Đồng Tháp công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy' }).waitFor();
    const address = page.locator('dl.facts a[target="_blank"]');
    assert.equal(await address.getAttribute('href'), 'https://www.yousportnews.co/dong-thap-cong-bo-quyet-dinh-thanh-lap-ban-tuyen-giao-va-dan-van-tinh-uy-post858469.html');
    assert.deepEqual(explorer.problems(), []);
  });
});
