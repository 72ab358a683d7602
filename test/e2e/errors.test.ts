import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** Words of the server's English messages that must never reach a reader. */
const ENGLISH = /\b(valid|invalid|must|characters|error|server|not found)\b/i;

/** The ways on that every error page offers. */
async function waysOn(page: Page): Promise<string[]> {
  return page.locator('.error-page .ways-on a').evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));
}

describe('the explorer when something goes wrong', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('says in Vietnamese that an entity does not exist, under its own title, with the ways on', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/person/xyz'));
    const panel = page.locator('.error-page');
    await panel.waitFor();
    assert.equal(await panel.locator('h1').textContent(), 'Không tìm thấy nhân vật');
    assert.equal(await page.title(), 'Không tìm thấy nhân vật — Dân vận khéo');
    const message = (await panel.locator('[role=alert]').textContent()) ?? '';
    assert.equal(message, 'Địa chỉ này không dẫn tới nhân vật nào trong sổ đăng ký: không có nhân vật mang mã “xyz”. Có thể địa chỉ bị gõ sai hoặc bị cắt mất một phần.');
    assert.deepEqual(await waysOn(page), ['Tìm trong sổ đăng ký /', 'Xem sổ đăng ký mô hình /models']);
    await screenshot(page, 'error-entity');

    // A well-formed id of nothing, a timeline of nothing, an address of no page: the same, in their words.
    const missing = Buffer.from('Person:per-khong-co').toString('base64').replace(/=+$/, '');
    await page.goto(explorer.url(`/person/${missing}`));
    await page.locator('.error-page h1', { hasText: 'Không tìm thấy nhân vật' }).waitFor();
    await page.goto(explorer.url('/person/xyz/timeline'));
    await page.locator('.error-page h1', { hasText: 'Không tìm thấy nhân vật' }).waitFor();
    await page.goto(explorer.url('/khong-co-trang-nay'));
    await page.locator('.error-page h1', { hasText: 'Không tìm thấy trang' }).waitFor();
    assert.match((await page.locator('.error-page [role=alert]').textContent()) ?? '', /không có địa chỉ “\/khong-co-trang-nay”/);
    assert.equal((await waysOn(page)).length, 2);
    for (const text of await page.locator('main').allTextContents()) assert.doesNotMatch(text, ENGLISH);
    assert.deepEqual(explorer.problems(), []);
  });

  it('holds the search to the API limit, echoes a long query cut short, and refuses one too long in Vietnamese', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/'));
    const box = page.locator('#search-q');
    assert.equal(await box.getAttribute('maxlength'), '300');
    // Typed past the limit, the box keeps 300 characters; the summary echoes at most 60.
    await box.fill('hội quán '.repeat(40));
    assert.equal((await box.inputValue()).length, 300);
    const summary = page.locator('#search-summary');
    await summary.filter({ hasText: 'kết quả cho' }).or(summary.filter({ hasText: 'Không có kết quả' })).waitFor();
    const echoed = (await summary.textContent())!.match(/“(.*)”/)![1]!;
    assert.ok(echoed.length <= 60 && echoed.endsWith('…'), `echoed "${echoed}"`);

    // Only an address can carry more: it is pointed out, and nothing is asked of the server.
    let searches = 0;
    page.on('request', (request) => {
      if (request.postData()?.includes('ExplorerSearch')) searches++;
    });
    await page.goto(explorer.url(`/?q=${'a'.repeat(1100)}`));
    const refusal = page.locator('#search-summary [role=alert]');
    await refusal.waitFor();
    assert.equal(await refusal.textContent(), 'Từ khóa dài 1100 ký tự; chỉ tìm được với tối đa 300 ký tự. Hãy rút ngắn từ khóa.');
    assert.equal(searches, 0);
    assert.deepEqual(explorer.problems(), []);
  });

  it('points out a year range that runs backwards instead of answering with no model', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/models?from=2023&to=2020'));
    const alert = page.locator('.models-results [role=alert]');
    await alert.waitFor();
    assert.equal(await alert.textContent(), '“Từ năm” (2023) sau “Đến năm” (2020): hãy đổi lại khoảng năm.');
    assert.equal(await page.locator('input[name=from]').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('.model-card').count(), 0);

    await page.goto(explorer.url('/models?from=abc'));
    await page.locator('.models-results [role=alert]', { hasText: '“Từ năm” phải là một năm từ 1900 đến 2100.' }).waitFor();
    // The text filter carries the API's limit too.
    assert.equal(await page.locator('input[name=text]').getAttribute('maxlength'), '300');
    // A place id the API refuses: said in Vietnamese, the filters still there to change.
    await page.goto(explorer.url(`/models?place=${'x'.repeat(201)}`));
    await page.locator('.models-results [role=alert]', { hasText: 'Địa bàn trong địa chỉ trang không hợp lệ.' }).waitFor();
    await page.goto(explorer.url('/models?place=xyz'));
    await page.locator('.models-results [role=alert]', { hasText: 'Bộ lọc trong địa chỉ trang không hợp lệ' }).waitFor();
    assert.ok(await page.getByLabel('Địa bàn').isVisible());
    for (const text of await page.locator('.models-results').allTextContents()) assert.doesNotMatch(text, ENGLISH);
    assert.deepEqual(explorer.problems(), []);
  });
});
