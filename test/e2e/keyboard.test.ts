import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** What has the keyboard focus: its tag, and its text or value. */
async function focused(page: Page): Promise<{ tag: string; text: string; type: string | null }> {
  return page.evaluate(() => {
    const active = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null; getAttribute(n: string): string | null; value?: string } | null } }).document.activeElement;
    return { tag: active?.tagName.toLowerCase() ?? '', text: (active?.textContent ?? '').trim() || (active?.value ?? ''), type: active?.getAttribute('type') ?? null };
  });
}

describe('the explorer from the keyboard', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('reaches the first result two Tab stops from the search box, the kind filters being one stop with arrow keys inside', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/?q=hoi%20quan'));
    await page.locator('#search-results .result').first().waitFor();
    assert.equal((await focused(page)).tag, 'input', 'the search box has the focus on arrival');

    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { tag: 'input', text: 'MODEL', type: 'checkbox' });
    // Arrows move between the kinds, Space ticks one; Tab leaves the group.
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await focused(page), { tag: 'input', text: 'PERSON', type: 'checkbox' });
    const chip = page.locator('.chip', { hasText: 'Nhân vật' });
    const ring = await chip.evaluate((element) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string; outlineColor: string } }).getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    assert.deepEqual(ring, { style: 'solid', width: 3, color: 'rgb(11, 83, 148)' }, 'the focused filter shows a 3 px ring');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    assert.equal(first.tag, 'a');
    assert.equal(first.text, (await page.locator('#search-results .result-name').first().textContent())!.trim());

    // ↓ from the search box goes straight to the first result; Enter opens it and the focus is on its heading.
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).tag, 'a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(model|event|organization|source|campaign|place|person|program|document|award)\//);
    await page.locator('article.entity h1').waitFor();
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName === 'H1');
    assert.equal((await focused(page)).text, (await page.locator('article.entity h1').textContent())!.trim());
    assert.deepEqual(explorer.problems(), []);
  });

  it('steps through the place filter with the arrow keys and applies it on Enter, not on every key', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/models'));
    const summary = page.locator('.models-results .summary');
    await summary.waitFor();
    const place = page.getByLabel('Địa bàn');
    await place.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Give a reload the time to happen, were it to.
    await page.waitForTimeout(500);
    assert.equal(new URL(page.url()).search, '', 'browsing the options applies nothing');
    const chosen = await place.inputValue();
    assert.notEqual(chosen, '');
    await page.keyboard.press('Enter');
    await page.waitForURL(/place=/);
    assert.equal(new URL(page.url()).searchParams.get('place'), chosen);
    await page.locator('.models-results .summary').waitFor();
    assert.equal(await page.getByLabel('Địa bàn').inputValue(), chosen, 'the filter shown is the one applied');

    // Leaving the field applies what the arrows stopped on, as Enter does.
    await page.getByLabel('Lĩnh vực').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).searchParams.get('category'), null);
    await page.keyboard.press('Tab');
    await page.waitForURL(/category=/);
    assert.deepEqual(explorer.problems(), []);
  });

  it('opens a path from an entity page with its entity already chosen, and finds it with the keyboard alone', async () => {
    const { page } = explorer;
    const id = await explorer.idOf('pham thien nghia', 'PERSON');
    await page.goto(explorer.url(`/person/${id}`));
    const link = page.getByRole('link', { name: 'Tìm đường nối' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths\?from=/);
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement?.tagName === 'H1');
    const from = page.getByLabel('Từ', { exact: true });
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document.querySelector('.paths-form input')?.value !== '');
    assert.equal(await from.inputValue(), 'Phạm Thiện Nghĩa');

    // "Đến": type, ↓ to the suggestion, Enter; then Tab to the button and Enter.
    await page.getByLabel('Đến', { exact: true }).focus();
    await page.keyboard.type('le thanh cong', { delay: 30 });
    await page.getByRole('option', { name: 'Lê Thành Công' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.getByLabel('Đến', { exact: true }).inputValue(), 'Lê Thành Công');
    await page.getByRole('button', { name: 'Tìm đường nối' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('#paths-summary');
    await summary.waitFor();
    assert.equal(await summary.textContent(), '4 đường nối ngắn nhất, mỗi đường 2 bước.');

    // Every step of a spelled-out path cites what states it, and the sources are listed.
    const steps = page.locator('.path-list .step');
    assert.equal(await steps.count(), 8);
    for (const step of await steps.all()) assert.ok((await step.locator('a.cite').count()) >= 1, `a step cites its source: ${await step.textContent()}`);
    await page.locator('#nguon ol.sources li').first().waitFor();
    assert.ok((await page.locator('#nguon ol.sources li').count()) >= 1);
    assert.deepEqual(explorer.problems(), []);
  });

  it('says so when both ends of a path are one entity, rather than drawing a path of no step', async () => {
    const { page } = explorer;
    const id = await explorer.idOf('pham thien nghia', 'PERSON');
    await page.goto(explorer.url(`/paths?from=${id}&to=${id}`));
    const summary = page.locator('#paths-summary');
    await summary.waitFor();
    assert.equal(await summary.textContent(), 'Hai ô đều là “Phạm Thiện Nghĩa”: một đối tượng không cần đường nối tới chính nó. Hãy chọn hai đối tượng khác nhau.');
    assert.equal(await page.locator('#paths-canvas').count(), 0);

    // The form says the same before asking the server.
    await page.getByRole('button', { name: 'Tìm đường nối' }).click();
    await page.locator('.paths-form + .status', { hasText: 'Hai ô đều là' }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
