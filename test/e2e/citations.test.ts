import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** Whether the element's box is inside the window (a link followed scrolled to it). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const { innerHeight } = globalThis as unknown as { innerHeight: number };
    return box.top >= 0 && box.bottom <= innerHeight;
  });
}

for (const [device, viewport] of [
  ['a desktop', { width: 1366, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  describe(`the explorer's citations on ${device}`, () => {
    let explorer: RunningExplorer;
    before(async () => {
      explorer = await startExplorer({ viewport });
    });
    after(async () => {
      await explorer?.close();
    });

    it('leads from a fact to its source note and back, without reloading the page', async () => {
      const { page } = explorer;
      const id = await explorer.idOf('ban dan van tinh uy dong thap', 'ORGANIZATION');
      await page.goto(explorer.url(`/organization/${id}`));
      await page.locator('#nguon ol.sources li').first().waitFor();
      // A page that rendered again would lose this mark and ask the API for the entity a second time.
      await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
      let entityRequests = 0;
      page.on('request', (request) => {
        if (request.postData()?.includes('ExplorerEntity')) entityRequests++;
      });

      // The last fact's note: the merger of 2025, cited to the Nhân Dân report.
      const mark = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Trở thành' }) }).locator('a.cite').last();
      const note = (await mark.getAttribute('href'))!;
      assert.match(note, /^#nguon-\d+$/);
      const box = (await mark.boundingBox())!;
      assert.ok(box.width >= 24 && box.height >= 24, `a note number is at least 24 × 24 px (${box.width} × ${box.height})`);
      await mark.click();
      await page.waitForURL(new RegExp(`${note}$`));
      assert.ok(await inView(page, note), 'the note is on screen');
      assert.match((await page.locator(note).textContent()) ?? '', /Báo Nhân Dân.*Đồng Tháp công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy/);

      // Back to the fact: the note's way back names the mark that led here.
      const back = page.locator(`${note} a.backref`).last();
      const markId = (await mark.getAttribute('id'))!;
      assert.equal(await back.getAttribute('href'), `#${markId}`);
      await back.click();
      await page.waitForURL(new RegExp(`#${markId}$`));
      assert.ok(await inView(page, `#${markId}`), 'the fact is on screen again');

      // The browser's Back goes to the note again, still on the same page.
      await page.goBack();
      await page.waitForURL(new RegExp(`${note}$`));
      assert.equal(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed), true, 'the page was not drawn again');
      assert.equal(entityRequests, 0);
      await screenshot(page, `citations-${device === 'a phone' ? 'phone' : 'desktop'}`);
      assert.deepEqual(explorer.problems(), []);
    });

    it('is followed from the keyboard, and shows each source with its date and a link to the article', async () => {
      const { page } = explorer;
      const id = await explorer.idOf('hoi nghi truc tuyen toan quoc tong ket cong tac dan van', 'EVENT');
      await page.goto(explorer.url(`/event/${id}`));
      const notes = page.locator('#nguon ol.sources li');
      await notes.first().waitFor();
      await page.locator('a.cite').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#nguon-1$/);

      // Article 002 was found at its address: the note links out, in a new tab, telling the page nothing.
      const article = notes.filter({ hasText: 'Hội nghị trực tuyến toàn quốc tổng kết công tác dân vận' });
      const out = article.locator('a.external');
      assert.equal(await out.getAttribute('href'), 'http://bdvtu.binhthuan.dcs.vn/Trang-ch%E1%BB%A7/20202/201420');
      assert.equal(await out.getAttribute('target'), '_blank');
      assert.equal(await out.getAttribute('rel'), 'noopener noreferrer');
      assert.match((await article.textContent()) ?? '', /Ban Dân vận Tỉnh ủy Bình Thuận.*không rõ ngày đăng/);

      // The source's own page: the address, no invented date, and how the address was established.
      await article.getByRole('link', { name: /^Hội nghị trực tuyến toàn quốc/ }).click();
      const facts = page.locator('dl.facts');
      await facts.waitFor();
      const text = (await facts.textContent()) ?? '';
      assert.match(text, /Ngày đăng\s*không rõ \(trang không ghi ngày đăng\)/);
      assert.match(text, /Địa chỉ bài gốc\s*http:\/\/bdvtu\.binhthuan\.dcs\.vn/);
      assert.match(text, /Cách xác định\s*Tìm theo tiêu đề/);
      assert.equal(await facts.locator('a[target="_blank"]').getAttribute('rel'), 'noopener noreferrer');

      // Article 003 gives its day; 001 shows only the date of its page, which is named as such.
      const dated = await explorer.idOf('tiep tuc nang cao chat luong hieu qua cong tac dan van chinh quyen', 'SOURCE');
      await page.goto(explorer.url(`/source/${dated}`));
      assert.match((await page.locator('dl.facts').textContent()) ?? '', /Ngày đăng\s*30\/3\/2023\s*Địa chỉ bài gốc\s*chưa tìm được/);
      const paged = await explorer.idOf('giao ban cong tac dan van 6 thang dau nam 2020', 'SOURCE');
      await page.goto(explorer.url(`/source/${paged}`));
      assert.match((await page.locator('dl.facts').textContent()) ?? '', /Ngày ghi trên trang\s*21\/6\/2024, không phải ngày đăng/);
      // A report known only to the month says so.
      const monthly = await explorer.idOf('tong bi thu to lam ky quyet dinh thanh lap dang bo cac tinh thanh moi', 'SOURCE');
      await page.goto(explorer.url(`/source/${monthly}`));
      assert.match((await page.locator('dl.facts').textContent()) ?? '', /Ngày đăng\s*tháng 6\/2025 \(chỉ rõ đến tháng\)/);
      assert.deepEqual(explorer.problems(), []);
    });
  });
}
