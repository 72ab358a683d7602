import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

describe('the explorer: the model registry', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('filters the models by region or province and by period', async () => {
    const { page } = explorer;
    const summary = page.locator('.models-results .summary');
    await page.goto(explorer.url('/models'));
    await summary.waitFor();
    assert.equal(await summary.textContent(), '2 mô hình');
    // Where each model started comes with its citation once the cards are drawn; the sources list follows.
    await page.locator('#nguon ol.sources li').first().waitFor();
    const hoiQuan = page.locator('.model-card', { hasText: 'Hội quán' });
    assert.match((await hoiQuan.textContent()) ?? '', /Khởi nguồn\s*Đồng Tháp/);

    // A region covers the provinces inside it: both models are from Đồng Tháp.
    await page.getByLabel('Địa bàn').selectOption({ label: 'Đồng bằng sông Cửu Long (Vùng)' });
    await page.waitForURL(/place=/);
    await summary.waitFor();
    assert.equal(await summary.textContent(), '2 mô hình');

    // The province formed in 2025 takes in the models of the Đồng Tháp before it, and each card says through which.
    await page.getByLabel('Địa bàn').selectOption({ label: 'Đồng Tháp (Tỉnh, từ 1/7/2025)' });
    await page.locator('.summary', { hasText: '2 mô hình' }).waitFor();
    const through = await page.locator('.model-card dt', { hasText: 'Qua địa bàn cũ' }).evaluateAll((terms) => terms.map((dt) => dt.nextElementSibling?.textContent?.trim()));
    assert.equal(through.length, 2);
    for (const text of through) assert.match(text ?? '', /^Đồng Tháp/);

    await page.getByLabel('Địa bàn').selectOption({ label: 'Bình Thuận (Tỉnh, đến 30/6/2025)' });
    await page.locator('.summary', { hasText: 'Không có mô hình nào khớp bộ lọc.' }).waitFor();

    // Both were seen in 2020 and not since.
    await page.goto(explorer.url('/models?from=2021'));
    await page.locator('.summary', { hasText: 'Không có mô hình nào khớp bộ lọc.' }).waitFor();
    await page.goto(explorer.url('/models?to=2020'));
    await page.locator('.summary', { hasText: '2 mô hình' }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
