import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('the explorer: units that share a name', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('names the two Đồng Tháps with their periods in results, headings, titles and links', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/?q=dong%20thap&kinds=PLACE'));
    const names = page.locator('#search-results .result-name');
    await names.first().waitFor();
    assert.deepEqual((await names.allTextContents()).filter((n) => n.startsWith('Đồng Tháp')).sort(), ['Đồng Tháp (từ 1/7/2025)', 'Đồng Tháp (đến 30/6/2025)']);

    await names.filter({ hasText: 'Đồng Tháp (từ 1/7/2025)' }).click();
    await page.locator('article.entity h1').waitFor();
    assert.match((await page.locator('article.entity h1').textContent()) ?? '', /^Đồng Tháp \(từ 1\/7\/2025\)/);
    assert.equal(await page.title(), 'Đồng Tháp (từ 1/7/2025) — Địa danh — Dân vận khéo');
    // Its predecessor is linked by name and period: the link names come once the page is drawn.
    const before = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Kế thừa từ' }) }).getByRole('link', { name: 'Đồng Tháp (đến 30/6/2025)' });
    await before.waitFor();
    // It belongs to its region, as the province before it does.
    const within = page.locator('dl.facts dt', { hasText: /^Thuộc$/ }).locator('xpath=following-sibling::dd[1]');
    await within.getByRole('link', { name: 'Đồng bằng sông Cửu Long' }).waitFor();
    // Organisations of one name read apart too: the Party committee founded on 1/7/2025.
    await page.getByRole('link', { name: 'Tỉnh ủy Đồng Tháp (từ 1/7/2025)' }).first().waitFor();

    // The 2025 province's models are those of the Đồng Tháp before it (the API follows succession: decision 026).
    const models = page.locator('dl.facts dt', { hasText: 'Mô hình' }).locator('xpath=following-sibling::dd[1]');
    await models.waitFor();
    assert.equal(await models.getByRole('link').count(), 2);

    await before.click();
    await page.locator('article.entity h1', { hasText: 'Đồng Tháp (đến 30/6/2025)' }).waitFor();
    assert.equal(await page.title(), 'Đồng Tháp (đến 30/6/2025) — Địa danh — Dân vận khéo');
    await page.getByRole('link', { name: 'Đồng Tháp (từ 1/7/2025)' }).first().waitFor();
    await screenshot(page, 'place-periods');
    assert.deepEqual(explorer.problems(), []);
  });

  it('finds the models of the predecessor under the 2025 province, and pickers name the periods', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/models'));
    const place = page.getByLabel('Địa bàn');
    await page.locator('.models-results .summary').waitFor();
    const labels = await place.locator('option').allTextContents();
    assert.ok(labels.includes('Đồng Tháp (Tỉnh, đến 30/6/2025)') && labels.includes('Đồng Tháp (Tỉnh, từ 1/7/2025)'), labels.join(' | '));

    await place.selectOption({ label: 'Đồng Tháp (Tỉnh, từ 1/7/2025)' });
    await page.waitForURL(/place=/);
    await page.locator('.summary', { hasText: '2 mô hình' }).waitFor();

    // A picker names the periods too.
    await page.goto(explorer.url('/paths'));
    await page.getByLabel('Từ', { exact: true }).pressSequentially('dong thap', { delay: 30 });
    await page.getByRole('option', { name: 'Địa danh Đồng Tháp (từ 1/7/2025)', exact: true }).waitFor();
    await page.getByRole('option', { name: 'Địa danh Đồng Tháp (đến 30/6/2025)', exact: true }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
