import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('the explorer: search', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('finds "Hội quán" as you type "hoi quan", without diacritics, and opens the model', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/'));
    await page.locator('#search-q').pressSequentially('hoi quan', { delay: 40 });
    const hit = page.locator('#search-results .result').filter({ hasText: 'Hội quán' }).first();
    await hit.waitFor();
    assert.equal(await hit.locator('.badge').textContent(), 'Mô hình');
    assert.match(page.url(), /\?q=hoi\+quan$/, 'the query is kept in the address so the search can be shared');
    // The words match "Hội quán", "Quốc hội", "hội nghị" … "cơ quan" (two sources of 2025 among them: the Thanh Niên
    // report on phường Phong Quảng has "xã hội" in its title).
    assert.equal(await page.locator('#search-results .result').count(), 11);
    assert.equal(await page.getByRole('button', { name: 'Xem thêm kết quả' }).isVisible(), false, 'all 11 results fit on one page');
    await screenshot(page, 'search');

    await hit.getByRole('link', { name: 'Hội quán' }).click();
    await page.locator('h1', { hasText: 'Hội quán' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/model\/[^/]+$/);
    const facts = page.locator('dl.facts');
    assert.match((await facts.textContent()) ?? '', /Nơi khởi nguồn\s*Đồng Tháp/);
    // Every fact cites: the page ends with its sources, each with a title and a date.
    const sources = page.locator('#nguon ol.sources li');
    await sources.first().waitFor();
    assert.ok((await sources.count()) >= 1);
    assert.match((await sources.first().textContent()) ?? '', /Giao ban công tác dân vận 6 tháng đầu năm 2020/);
    await screenshot(page, 'model');
    assert.deepEqual(explorer.problems(), []);
  });

  it('narrows the results to the kinds ticked', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/?q=dong%20thap'));
    await page.locator('#search-results .result').first().waitFor();
    await page.locator('.chip', { hasText: 'Nhân vật' }).click();
    await page.waitForURL(/kinds=PERSON/);
    // The old results stay on screen until the narrowed ones arrive: wait for the
    // list to change, then check every result (a timeout fails the test).
    await page.waitForFunction(() => {
      const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> } };
      const shown = [...document.querySelectorAll('#search-results .result .badge')].map((b) => b.textContent);
      return shown.length > 0 && !shown.includes('Địa danh');
    }, undefined, { timeout: 10_000 });
    const badges = await page.locator('#search-results .result .badge').allTextContents();
    assert.ok(badges.length > 0);
    assert.deepEqual([...new Set(badges)], ['Nhân vật']);
    assert.deepEqual(explorer.problems(), []);
  });
});
