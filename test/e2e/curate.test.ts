import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { createTestAccounts, removeTestAccounts, type TestAccount } from '../helpers/accounts.js';
import { signInAs as signInWith } from '../helpers/browser-session.js';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { removeSuiteData } from '../helpers/mutation-suite.js';

const MODEL_NAME = 'Zz Curate Tổ hòa giải kiểu mẫu';
const SOURCE_TITLE = 'Zz Curate: Tổ hòa giải kiểu mẫu ở Bình Thuận';

/** Types into a picker and chooses the suggestion with that name, as a user does. */
async function pick(page: Page, label: string, typed: string, name: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).pressSequentially(typed, { delay: 20 });
  await page.getByRole('option', { name }).first().click();
}

/** The problem shown next to the field the API calls `path`. */
const fieldError = (page: Page, path: string) => page.locator(`[data-field="${path}"] > .field-error, [data-field="${path}"] .field-error`).first();

/** The graph and everything beside it but people's sessions, whose last-seen time a page's requests may move. */
const withoutSessions = (dump: string) => dump.split('\n').filter((line) => !line.startsWith('{"node":["UserSession"]')).join('\n');

describe('the explorer: curating the registry', () => {
  let explorer: RunningExplorer;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });
  let modelUrl = '';

  const signInAs = (account: TestAccount | null) => signInWith(explorer, account);

  before(async () => {
    explorer = await startExplorer({ api: { signIn: { hasher } } });
    await removeTestAccounts(explorer.executor, 'curate');
    await removeSuiteData(explorer.executor, 'curate');
    accounts = await createTestAccounts(explorer.executor, 'curate', hasher);
  });
  after(async () => {
    if (explorer) {
      await removeSuiteData(explorer.executor, 'curate');
      await removeTestAccounts(explorer.executor, 'curate');
    }
    await explorer?.close();
  });

  it('an editor registers a model citing a new source; its page shows it all, citing the source', async () => {
    await signInAs(accounts.editor);
    const { page } = explorer;
    await page.goto(explorer.url('/models'));
    await page.getByRole('link', { name: 'Đăng ký mô hình', exact: true }).click();
    await page.getByRole('heading', { name: 'Đăng ký mô hình', exact: true }).waitFor();

    await page.getByLabel(/^Tên mô hình/).fill(MODEL_NAME);
    await page.getByLabel('Lĩnh vực').fill('Dân vận khéo');
    await page.getByLabel('Mô tả').fill('Tổ hòa giải ở khu dân cư, thử nghiệm của bộ kiểm thử.');
    await pick(page, 'Nơi khởi nguồn', 'binh thuan', 'Bình Thuận');
    await page.getByLabel('Thời điểm khởi nguồn').fill('2019-05');
    await pick(page, 'Thêm nơi nhân rộng', 'phong hai', 'Phong Hải');
    await page.getByLabel('Từ khi (Phong Hải)').fill('2021');
    await pick(page, 'Thêm chương trình hỗ trợ', 'phong dien 2021', /huyện Phong Điền/);
    await pick(page, 'Thêm đơn vị đầu mối liên hệ', 'ban dan van tinh uy dong thap', /Tổ chức\s*Ban Dân vận Tỉnh ủy Đồng Tháp( \([^)]*\))?$/);
    await page.getByLabel('Nhập nguồn mới (chưa có trong sổ)').check();
    await page.getByLabel(/^Tiêu đề/).fill(SOURCE_TITLE);
    await page.getByLabel('Cơ quan xuất bản').fill('Báo Zz');
    await page.getByLabel('Ngày đăng').fill('2023-04-02');
    await page.getByLabel('Địa chỉ web').fill('https://example.org/zz-curate-to-hoa-giai');
    await screenshot(page, 'curate-register-model');
    await page.getByRole('button', { name: 'Đăng ký mô hình', exact: true }).click();

    await page.locator('h1', { hasText: MODEL_NAME }).waitFor();
    modelUrl = new URL(page.url()).pathname;
    assert.match(modelUrl, /^\/model\/[A-Za-z0-9_-]+$/);
    // Places and organisations are named with their period once the page has asked for it (ui/links.ts).
    await page.locator('dl.facts').getByRole('link', { name: 'Bình Thuận (đến 30/6/2025)' }).waitFor();
    await page.locator('dl.facts').getByRole('link', { name: 'Ban Dân vận Tỉnh ủy Đồng Tháp (đến 2/2/2025)' }).waitFor();
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    assert.match(facts, /Lĩnh vực\s*Dân vận khéo/);
    assert.match(facts, /Nơi khởi nguồn\s*Bình Thuận \(đến 30\/6\/2025\) — từ tháng 5\/2019/);
    assert.match(facts, /Chương trình hỗ trợ\s*Chương trình phối hợp thực hiện công tác dân vận giai đoạn 2021–2025 huyện Phong Điền/);
    assert.match(facts, /Đầu mối liên hệ\s*Ban Dân vận Tỉnh ủy Đồng Tháp \(đến 2\/2\/2025\)/);
    const adopted = page.locator('section.panel', { has: page.locator('h2', { hasText: 'Nơi nhân rộng' }) });
    await adopted.getByRole('link', { name: 'Phong Hải (đến 30/6/2025)' }).waitFor();
    assert.match((await adopted.textContent()) ?? '', /Phong Hải \(đến 30\/6\/2025\) — từ năm 2021/);
    // Every fact cites the new source: one note, with its publisher and date.
    const notes = page.locator('section', { has: page.locator('h2', { hasText: 'Nguồn' }) }).locator('li');
    await notes.first().waitFor();
    assert.deepEqual(await notes.count(), 1);
    const note = (await notes.first().textContent()) ?? '';
    assert.match(note, /Báo Zz/);
    assert.match(note, new RegExp(SOURCE_TITLE));
    assert.match(note, /2\/4\/2023/);
    await screenshot(page, 'curate-model-page');

    // It is in the registry at once.
    await page.goto(explorer.url('/models?text=zz curate to hoa giai'));
    await page.getByRole('link', { name: MODEL_NAME }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });

  it('shows a problem next to its field, the browser’s as the API’s, and saves nothing', async () => {
    const { page } = explorer;
    const mutations: string[] = [];
    const watch = (request: { method(): string; postData(): string | null }) => {
      if (request.method() === 'POST' && /^\s*\{"query":"mutation/.test(request.postData() ?? '')) mutations.push(request.postData()!);
    };
    page.on('request', watch);
    try {
      // The browser's own check: a date that is not in the calendar, refused before anything is sent.
      await page.goto(explorer.url('/new/model'));
      await page.getByLabel(/^Tên mô hình/).fill('Zz Curate Không được lưu');
      await pick(page, 'Nơi khởi nguồn', 'binh thuan', 'Bình Thuận');
      await page.getByLabel('Thời điểm khởi nguồn').fill('2021-02-30');
      await page.getByRole('button', { name: 'Đăng ký mô hình', exact: true }).click();
      await fieldError(page, 'input.origin.since').waitFor();
      assert.equal(await fieldError(page, 'input.origin.since').textContent(), '"2021-02-30" không phải là một ngày có thật.');
      assert.equal(await fieldError(page, 'input.sources').textContent(), 'Hãy dẫn ít nhất một nguồn: chọn nguồn có sẵn hoặc nhập nguồn mới.');
      assert.equal(await page.getByLabel('Thời điểm khởi nguồn').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.evaluate('document.activeElement?.getAttribute("aria-invalid")'), 'true', 'the first field with a problem has the focus');
      assert.deepEqual(mutations, [], 'nothing was sent');

      // The API's refusal: an observation at an event must carry the event's date, which only the API knows.
      const before = withoutSessions(await dumpGraph(explorer.executor));
      const person = await explorer.idOf('pham thien nghia', 'PERSON');
      await page.goto(explorer.url(`/person/${person}`));
      await page.getByRole('link', { name: 'Ghi nhận chức danh' }).click();
      await page.getByRole('heading', { name: /Ghi nhận chức danh/ }).waitFor();
      await pick(page, 'Tổ chức *', 'ubnd tinh dong thap', /Ủy ban nhân dân tỉnh Đồng Tháp|UBND tỉnh Đồng Tháp/);
      await page.getByLabel(/^Chức danh \*/).fill('Chủ tịch');
      await page.getByLabel(/^Ngày ghi nhận/).fill('2021');
      await pick(page, 'Tại sự kiện (nếu có)', 'tong ket dan van chinh quyen 2020', /Hội nghị tổng kết công tác dân vận chính quyền năm 2020 tỉnh Đồng Tháp/);
      await pick(page, 'Chọn nguồn có sẵn', 'tong ket cong tac dan van chinh quyen 2020', /Hội nghị Tổng kết công tác Dân vận Chính quyền 2020/);
      await page.getByRole('button', { name: 'Lưu ghi nhận' }).click();
      await fieldError(page, 'input.observedAt').waitFor();
      assert.equal(
        await fieldError(page, 'input.observedAt').textContent(),
        'Ngày năm 2021 khác ngày của sự kiện (24/3/2021): ghi nhận tại một sự kiện phải ghi đúng ngày của sự kiện.',
      );
      assert.equal(mutations.length, 1, 'the browser let it through; the API refused it');
      await screenshot(page, 'curate-api-refusal');
      assert.equal(withoutSessions(await dumpGraph(explorer.executor)), before, 'nothing was saved');
    } finally {
      page.off('request', watch);
    }
    // The refusal is a 200 with BAD_USER_INPUT: the browser reports no failed request.
    assert.deepEqual(explorer.problems(), []);
  });

  it('shows each change before and after, and an admin undoes one (not the one edited since)', async () => {
    const { page } = explorer;
    // Two edits by the editor: the description, then an alias.
    await page.goto(explorer.url(modelUrl));
    await page.getByRole('link', { name: 'Sửa thông tin' }).click();
    await page.getByLabel('Mô tả').fill('Mô tả đã sửa lần một.');
    await pick(page, 'Chọn nguồn có sẵn', 'zz curate to hoa giai', new RegExp(SOURCE_TITLE));
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.locator('p.description', { hasText: 'Mô tả đã sửa lần một.' }).waitFor();
    await page.getByRole('link', { name: 'Tên và tên gọi khác' }).click();
    await page.getByLabel('Thêm tên gọi khác').fill('Zz Curate THG');
    await pick(page, 'Chọn nguồn có sẵn', 'zz curate to hoa giai', new RegExp(SOURCE_TITLE));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('p.aliases', { hasText: 'Zz Curate THG' }).waitFor();

    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    const entries = page.locator('article.history-entry');
    await entries.first().waitFor();
    assert.deepEqual(await entries.locator('h2').allTextContents(), ['Sửa thông tin', 'Sửa thông tin', 'Đăng ký mô hình']);
    const row = (entry: number, property: string) => entries.nth(entry).locator('tr', { has: page.locator('th', { hasText: property }) }).locator('td').allTextContents();
    assert.deepEqual(await row(0, 'Tên gọi khác'), ['—', 'Zz Curate THG']);
    assert.deepEqual(await row(1, 'Mô tả'), ['Tổ hòa giải ở khu dân cư, thử nghiệm của bộ kiểm thử.', 'Mô tả đã sửa lần một.']);
    assert.match((await entries.nth(0).locator('.meta').first().textContent()) ?? '', /bởi zz-curate-editor \(biên tập viên\)/);
    assert.equal(await page.getByRole('button', { name: 'Hoàn tác thay đổi này' }).count(), 0, 'an editor is offered no undo');
    await screenshot(page, 'curate-history');

    await signInAs(accounts.admin);
    await page.goto(explorer.url(`${modelUrl}/history`));
    await entries.first().waitFor();
    // The description was edited before the alias: undoing it would overwrite the later edit, so it is refused.
    await entries.nth(1).getByRole('button', { name: 'Hoàn tác thay đổi này' }).click();
    await entries.nth(1).getByRole('button', { name: 'Xác nhận hoàn tác' }).click();
    await entries.nth(1).getByRole('alert').filter({ hasText: 'Không hoàn tác được' }).waitFor();
    assert.match((await entries.nth(1).getByRole('alert').textContent()) ?? '', /Đã được sửa sau thay đổi này, nên không hoàn tác được/);
    // The alias, the latest change, is undone.
    await entries.nth(0).getByRole('button', { name: 'Hoàn tác thay đổi này' }).click();
    await entries.nth(0).getByRole('button', { name: 'Xác nhận hoàn tác' }).click();
    await page.locator('article.history-entry h2', { hasText: 'Hoàn tác' }).waitFor();
    assert.deepEqual(await entries.locator('h2').allTextContents(), ['Hoàn tác', 'Sửa thông tin', 'Sửa thông tin', 'Đăng ký mô hình']);
    assert.deepEqual(await row(0, 'Tên gọi khác'), ['Zz Curate THG', '—']);
    assert.equal(await entries.nth(1).locator('.badge-undone').textContent(), 'Đã hoàn tác');
    assert.match((await entries.nth(0).locator('.meta').first().textContent()) ?? '', /bởi zz-curate-admin \(quản trị viên\)/);
    await screenshot(page, 'curate-undone');
    await page.goto(explorer.url(modelUrl));
    await page.locator('h1', { hasText: MODEL_NAME }).waitFor();
    assert.equal(await page.locator('p.aliases').count(), 0, 'the alias is gone');
    assert.match((await page.locator('p.description').textContent()) ?? '', /Mô tả đã sửa lần một\./);
    assert.deepEqual(explorer.problems(), []);
  });

  it('offers a viewer no edit actions, and the history without who made each change', async () => {
    await signInAs(accounts.viewer);
    const { page } = explorer;
    await page.goto(explorer.url(modelUrl));
    await page.locator('h1', { hasText: MODEL_NAME }).waitFor();
    const actions = page.locator('nav.curate-actions');
    await actions.getByRole('link', { name: 'Lịch sử thay đổi' }).waitFor();
    assert.deepEqual(await actions.getByRole('link').allTextContents(), ['Lịch sử thay đổi']);
    assert.equal(await page.locator('header').getByRole('link', { name: 'Thêm', exact: true }).isVisible(), false);
    await page.goto(explorer.url('/models'));
    await page.locator('h1', { hasText: 'Sổ đăng ký mô hình' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Đăng ký mô hình', exact: true }).isVisible(), false);
    // A form's address followed anyway says why not, and offers nothing to fill.
    await page.goto(explorer.url('/new/model'));
    await page.getByRole('heading', { name: 'Không có quyền' }).waitFor();
    assert.equal(await page.locator('form').count(), 0);
    // The history: what changed, not who changed it; no undo.
    await page.goto(explorer.url(`${modelUrl}/history`));
    await page.locator('article.history-entry').first().waitFor();
    assert.doesNotMatch((await page.locator('.history-list').textContent()) ?? '', /bởi|zz-curate-(editor|admin)/);
    assert.equal(await page.getByRole('button', { name: 'Hoàn tác thay đổi này' }).count(), 0);
    await screenshot(page, 'curate-viewer');

    // Signed out, the page offers nothing of the kind.
    await page.locator('header .account').getByRole('button', { name: 'Đăng xuất' }).click();
    await page.locator('header .account').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await page.goto(explorer.url(modelUrl));
    await page.locator('h1', { hasText: MODEL_NAME }).waitFor();
    assert.equal(await page.locator('nav.curate-actions').isVisible(), false);
    assert.deepEqual(explorer.problems(), []);
  });
});
