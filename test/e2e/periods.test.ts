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
    // Organisations of one name read apart too: the Party committee founded on 1/7/2025.
    await page.getByRole('link', { name: 'Tỉnh ủy Đồng Tháp (từ 1/7/2025)' }).first().waitFor();

    // The 2025 province has no model of its own; the page points to its predecessor's.
    const models = page.locator('dl.facts dd', { hasText: 'Chưa ghi nhận mô hình nào tại đơn vị này' });
    await models.waitFor();
    assert.match((await models.textContent()) ?? '', /đơn vị trước đó, Đồng Tháp \(đến 30\/6\/2025\), có 2 mô hình/);

    await before.click();
    await page.locator('article.entity h1', { hasText: 'Đồng Tháp (đến 30/6/2025)' }).waitFor();
    assert.equal(await page.title(), 'Đồng Tháp (đến 30/6/2025) — Địa danh — Dân vận khéo');
    await page.getByRole('link', { name: 'Đồng Tháp (từ 1/7/2025)' }).first().waitFor();
    await screenshot(page, 'place-periods');
    assert.deepEqual(explorer.problems(), []);
  });

  it('offers the predecessor when the place filter finds nothing, and pickers name the periods', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/models'));
    const place = page.getByLabel('Địa bàn');
    await page.locator('.models-results .summary').waitFor();
    const labels = await place.locator('option').allTextContents();
    assert.ok(labels.includes('Đồng Tháp (Tỉnh, đến 30/6/2025)') && labels.includes('Đồng Tháp (Tỉnh, từ 1/7/2025)'), labels.join(' | '));

    await place.selectOption({ label: 'Đồng Tháp (Tỉnh, từ 1/7/2025)' });
    await page.waitForURL(/place=/);
    await page.locator('.summary', { hasText: 'Không có mô hình nào khớp bộ lọc.' }).waitFor();
    const note = page.locator('.relatives');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /^Không có mô hình nào được ghi nhận tại Đồng Tháp \(từ 1\/7\/2025\), nhưng:Đơn vị trước đó, Đồng Tháp \(đến 30\/6\/2025\), có 2 mô hình khớp các bộ lọc còn lại\.$/);
    await note.getByRole('link').click();
    await page.locator('.summary', { hasText: '2 mô hình' }).waitFor();
    assert.equal(await place.inputValue(), new URL(page.url()).searchParams.get('place'));
    assert.equal(await place.locator('option:checked').textContent(), 'Đồng Tháp (Tỉnh, đến 30/6/2025)');

    // A picker names the periods too.
    await page.goto(explorer.url('/paths'));
    await page.getByLabel('Từ', { exact: true }).pressSequentially('dong thap', { delay: 30 });
    await page.getByRole('option', { name: 'Địa danh Đồng Tháp (từ 1/7/2025)', exact: true }).waitFor();
    await page.getByRole('option', { name: 'Địa danh Đồng Tháp (đến 30/6/2025)', exact: true }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
