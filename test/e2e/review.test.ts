// Reviewing an article in the explorer, in Chromium against the real API on
// the seeded test database: an editor adds an article written for the tests
// (test/helpers/ingest-articles.ts), then reviews its proposals — accepts one,
// corrects a match with the search-as-you-type picker, chooses among the
// registry's namesakes, rejects one with the keyboard, accepts several
// together (one of them refused, its problem shown beside it), undoes an
// acceptance — and the accepted facts show at once on the entities' pages,
// citing the article. A viewer and a reader who is not signed in are offered
// none of it. Everything the suite wrote is removed again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { createTestAccounts, removeTestAccounts, type TestAccount } from '../helpers/accounts.js';
import { signInAs as signInWith } from '../helpers/browser-session.js';
import { createTestKeys, removeTestKeys } from '../helpers/api-keys.js';
import { axeViolations } from '../helpers/axe.js';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { TAM_NONG_ARTICLE, TAM_NONG_PAGE } from '../helpers/ingest-articles.js';
import { ingestedSourceIds, removeIngestedSources } from '../helpers/ingest-cleanup.js';
import { removeSuiteData, SEED_SOURCE_ID } from '../helpers/mutation-suite.js';

const TITLE = 'Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”';
const ARTICLE_URL = 'https://tamnong.example.vn/tin-tuc/zz-review-so-ket-dan-van-kheo';
const PUBLISHER = 'Trang tin huyện Tam Nông';
const CONFERENCE = 'Hội nghị sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2024';
const BDV = 'Ban Dân vận Huyện ủy Tam Nông';
// The district's Mass Mobilization Committee (Ban Dân vận) is in the registry twice: the reviewer chooses.
const BDV_SLUGS = ['org-zz-review-bdv-tam-nong', 'org-zz-review-bdv-tam-nong-2'];
// The district's Front committee is in the registry under a name the article does not use: the reviewer finds it.
const FRONT = 'Ủy ban MTTQ Việt Nam huyện Tam Nông';
const FRONT_SLUG = 'org-zz-review-mttq-tam-nong';

/** WCAG 2.2 AA as axe-core measures it, and the structure a screen reader relies on: labels, names, roles, lists. */
const AXE_RULES = [
  'color-contrast',
  'target-size',
  'label',
  'form-field-multiple-labels',
  'button-name',
  'link-name',
  'aria-allowed-attr',
  'aria-valid-attr-value',
  'aria-required-children',
  'aria-required-parent',
  'duplicate-id-aria',
  'nested-interactive',
  'definition-list',
  'dlitem',
  'list',
  'listitem',
];

/** Sessions' last-seen times move with every request: the rest of the database is compared. */
const withoutSessions = (dump: string) => dump.split('\n').filter((line) => !line.startsWith('{"node":["UserSession"]')).join('\n');

describe('the explorer: reviewing an article', () => {
  let explorer: RunningExplorer;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });
  let dump0 = '';
  let reviewUrl = '';
  let sourceSlug = '';
  let keys: Awaited<ReturnType<typeof createTestKeys>>;

  const signInAs = (account: TestAccount | null) => signInWith(explorer, account);

  /** The card of the proposal whose sentence reads `sentence`. */
  const card = (page: Page, sentence: string | RegExp): Locator => page.locator('article.proposal', { has: page.locator('.sentence', { hasText: sentence }) });
  const progress = (page: Page) => page.locator('.progress-text').textContent();

  before(async () => {
    explorer = await startExplorer({ api: { signIn: { hasher } } });
    await removeTestAccounts(explorer.executor, 'review');
    await removeSuiteData(explorer.executor, 'review');
    await removeTestKeys(explorer.executor, 'review');
    assert.deepEqual(await ingestedSourceIds(explorer.executor), [], 'no article taken in before this suite');
    dump0 = withoutSessions(await dumpGraph(explorer.executor));
    accounts = await createTestAccounts(explorer.executor, 'review', hasher);
    keys = await createTestKeys(explorer.executor, 'review');
    for (const [slug, name, kind, line] of [...BDV_SLUGS.map((s) => [s, BDV, 'PARTY_BOARD', 'PARTY']), [FRONT_SLUG, FRONT, 'FRONT_COMMITTEE', 'FRONT']]) {
      const { body } = await explorer.api.graphqlAs(keys.editor.secret, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { created } }', {
        input: { slug, name, kind, level: 'DISTRICT', line, sources: [SEED_SOURCE_ID] },
      });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
  });
  after(async () => {
    if (explorer) {
      await removeIngestedSources(explorer.executor, await ingestedSourceIds(explorer.executor));
      await removeSuiteData(explorer.executor, 'review');
      await removeTestKeys(explorer.executor, 'review');
      await removeTestAccounts(explorer.executor, 'review');
      const left = withoutSessions(await dumpGraph(explorer.executor));
      await explorer.close();
      assert.equal(left, dump0, 'the suite leaves the database as it found it');
    }
  });

  it('an editor adds an article, checked in the browser first, and lands on its review with what was proposed', async () => {
    await signInAs(accounts.editor);
    const { page } = explorer;
    await page.goto(explorer.url('/'));
    await page.locator('header.site-header').getByRole('link', { name: 'Xét duyệt', exact: true }).waitFor();
    await page.locator('header').getByRole('link', { name: 'Thêm', exact: true }).click();
    await page.getByRole('link', { name: 'Thêm bài báo' }).click();
    await page.getByRole('heading', { name: 'Thêm bài báo để xét duyệt' }).waitFor();

    // The browser's checks: nothing to send yet, a day in the future.
    const mutations: string[] = [];
    const watch = (request: { method(): string; postData(): string | null }) => {
      if (request.method() === 'POST' && /^\s*\{"query":"mutation/.test(request.postData() ?? '')) mutations.push(request.postData()!);
    };
    page.on('request', watch);
    await page.getByLabel('Ngày đăng').fill('2999-01-01');
    await page.getByRole('button', { name: 'Đưa bài vào và xem đề xuất' }).click();
    const contentError = page.locator('[data-field="input.content"] .field-error');
    await contentError.waitFor();
    assert.equal(await contentError.textContent(), 'Hãy dán nội dung bài hoặc chọn tệp trang web đã lưu.');
    assert.match((await page.locator('[data-field="input.publishedAt"] .field-error').textContent()) ?? '', /^Ngày đăng 2999-01-01 ở tương lai/);
    assert.equal(await page.getByRole('textbox', { name: 'Nội dung bài' }).getAttribute('aria-invalid'), 'true');
    assert.deepEqual(mutations, [], 'nothing was sent');
    page.off('request', watch);

    await page.getByRole('textbox', { name: 'Nội dung bài' }).fill(TAM_NONG_ARTICLE);
    await page.getByLabel('Địa chỉ bài (URL)').fill(ARTICLE_URL);
    await page.getByLabel('Cơ quan xuất bản').fill(PUBLISHER);
    await page.getByLabel('Ngày đăng').fill('2024-05-15');
    await screenshot(page, 'review-add-article');
    assert.deepEqual(await axeViolations(page, AXE_RULES), []);
    await page.getByRole('button', { name: 'Đưa bài vào và xem đề xuất' }).click();
    await page.getByRole('heading', { name: `Xét duyệt: ${TITLE}` }).waitFor();
    reviewUrl = new URL(page.url()).pathname;
    sourceSlug = (await ingestedSourceIds(explorer.executor))[0]!;
    assert.equal(reviewUrl, `/review/${toGlobalId('Source', sourceSlug)}`);

    // What the page says it proposed is what the API stored.
    const byKind = Object.fromEntries(
      (await explorer.executor.read<{ kind: string; n: number }>('MATCH (p:Proposal {sourceId: $s}) RETURN p.kind AS kind, count(*) AS n', { s: sourceSlug })).map((r) => [r.kind, Number(r.n)]),
    );
    const decisions = Object.fromEntries(
      (await explorer.executor.read<{ d: string; n: number }>("MATCH (p:Proposal {sourceId: $s, kind: 'ENTITY'}) RETURN p.decision AS d, count(*) AS n", { s: sourceSlug })).map((r) => [r.d, Number(r.n)]),
    );
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);
    assert.deepEqual(decisions.AMBIGUOUS, 1, 'the namesakes make the committee ambiguous');
    assert.equal(
      await page.locator('.taken-in').textContent(),
      `Đã nhận bài: ${total} đề xuất (${byKind.ENTITY} đối tượng, ${byKind.ROLE_OBSERVATION} chức danh, ${byKind.PARTICIPATION} tham dự sự kiện, ${byKind.LINK} quan hệ). ` +
        `Đối chiếu với sổ: ${decisions.MATCHED ?? 0} đối tượng đã có, ${decisions.AMBIGUOUS ?? 0} cần chọn, ${decisions.NEW ?? 0} mới.`,
    );
    assert.equal(await progress(page), `0 trên ${total} đã xem xét (0 chấp nhận, 0 từ chối)`);
    assert.equal(await page.locator('article.proposal').count(), total);
    assert.deepEqual(await page.locator('.proposal-group > h2').allTextContents(), [
      `Đối tượng (0/${byKind.ENTITY} đã xem xét)`,
      `Chức danh (0/${byKind.ROLE_OBSERVATION} đã xem xét)`,
      `Tham dự sự kiện (0/${byKind.PARTICIPATION} đã xem xét)`,
      `Quan hệ (0/${byKind.LINK} đã xem xét)`,
    ]);
    // Every piece of evidence is marked in the article's text, which is the Source's.
    const shown = await page.locator('.article-text').textContent();
    const [stored] = await explorer.executor.read<{ text: string }>('MATCH (s:Source {id: $s}) RETURN s.text AS text', { s: sourceSlug });
    assert.equal(shown, stored!.text);
    assert.ok((await page.locator('.article-text mark').count()) > 10);
    await screenshot(page, 'review-page');
    assert.deepEqual(explorer.problems(), []);
  });

  it('links each proposal and its evidence both ways', async () => {
    const { page } = explorer;
    const person = card(page, /^Nhân vật\s*Lưu Thị Ngọc Hân$/);
    const slug = (await person.getAttribute('data-proposal'))!;
    // Her name in the article is evidence of several proposals (her, her role, her chairing):
    // a click chooses the first, the next click the next one.
    const name = page.locator(`.article-text mark[data-proposals~="${slug}"]`, { hasText: 'Lưu' }).first();
    const keys = (await name.getAttribute('data-proposals'))!.split(' ');
    assert.ok(keys.length >= 3 && keys[0] === slug, keys.join(' '));
    await name.click();
    await page.locator(`article.proposal.current[data-proposal="${slug}"]`).waitFor();
    assert.equal(await page.evaluate('document.activeElement?.getAttribute("data-proposal")'), slug);
    await name.click();
    await page.locator(`article.proposal.current[data-proposal="${keys[1]}"]`).waitFor();
    assert.equal(await page.locator('article.proposal.current').count(), 1);
    // Choosing a proposal marks its evidence, and only its.
    const chair = card(page, /^Lưu Thị Ngọc Hân.*— Đồng chủ trì —/);
    await chair.locator('.meta').click();
    const chairSlug = (await chair.getAttribute('data-proposal'))!;
    const current = await page.locator('.article-text mark.current').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-proposals')!.split(' ')));
    assert.ok(current.length > 0 && current.every((keys) => keys.includes(chairSlug)), JSON.stringify(current));
  });

  it('accepts a match, corrects one with the picker, chooses a namesake, rejects with the keyboard, accepts several together', async () => {
    const { page } = explorer;
    const total = await page.locator('article.proposal').count();

    // One by one: the model the registry matched; the article is now among its sources.
    const model = card(page, /^Mô hình\s*Hội quán$/);
    await model.getByRole('button', { name: 'Chấp nhận' }).click();
    await model.locator('.proposal-status', { hasText: 'Đã chấp nhận' }).waitFor();
    assert.equal(await model.locator('.result').textContent(), 'Đã ghi vào sổ (đã có trong sổ, nay dẫn thêm bài này): Hội quán');
    assert.equal(await progress(page), `1 trên ${total} đã xem xét (1 chấp nhận, 0 từ chối)`);

    // A correction: the registry found nothing for the Front committee; the reviewer finds it under its other name.
    const front = card(page, /^Tổ chức\s*Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Nông$/);
    await front.locator('.decision', { hasText: 'Mới: sổ chưa có' }).waitFor();
    await front.getByRole('combobox', { name: 'Mục khác trong sổ' }).pressSequentially('mttq tam nong', { delay: 20 });
    await page.getByRole('option', { name: FRONT }).click();
    await front.getByRole('button', { name: 'Chấp nhận' }).click();
    await front.locator('.proposal-status', { hasText: 'Đã chấp nhận' }).waitFor();
    assert.equal(await front.locator('.result').textContent(), `Đã ghi vào sổ (đã có trong sổ, nay dẫn thêm bài này): ${FRONT}`);
    const [frontSources] = await explorer.executor.read<{ sources: string[] }>('MATCH (o:Organization {id: $id}) RETURN o.sourceIds AS sources', { id: FRONT_SLUG });
    assert.ok(frontSources!.sources.includes(sourceSlug), 'the article is among the sources of the entity the reviewer chose');

    // The keyboard: j and k move between proposals; r asks for a reason; typing it fires no shortcut; Enter rejects.
    const speaker = card(page, /^Đoàn Văn Lợi.* — Phát biểu —/);
    await speaker.locator('.meta').click();
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    assert.equal(await page.evaluate('document.activeElement?.getAttribute("data-proposal")'), await speaker.getAttribute('data-proposal'));
    await page.keyboard.press('r');
    const reason = speaker.getByLabel(/^Lý do từ chối/);
    await reason.waitFor();
    assert.equal(await page.evaluate('document.activeElement?.id'), await reason.getAttribute('id'));
    await page.keyboard.type('Bài chỉ nói ông trình bày tham luận, ta ghi nhận riêng');
    await page.keyboard.press('Enter');
    await speaker.locator('.proposal-status', { hasText: 'Đã từ chối' }).waitFor();
    assert.equal(await speaker.locator('.rejected-note').textContent(), 'Lý do từ chối: Bài chỉ nói ông trình bày tham luận, ta ghi nhận riêng');
    assert.equal(await progress(page), `3 trên ${total} đã xem xét (2 chấp nhận, 1 từ chối)`);

    // Several together: the conference, the person and the committee (a namesake chosen) with her role;
    // and another role, whose person nobody has settled: refused, and said so beside it.
    const committee = card(page, /^Tổ chức\s*Ban Dân vận Huyện ủy Tam Nông$/);
    await committee.locator('.decision', { hasText: 'Cần chọn' }).waitFor();
    assert.equal(await committee.locator('.candidates li').count(), 2);
    await committee.locator('.candidates input[type=radio]').first().check();
    const role = card(page, /^Lưu Thị Ngọc Hân.* — Trưởng Ban tại/);
    const otherRole = card(page, /^Trần Minh Khoa.* — Phó Bí thư Thường trực tại/);
    for (const chosen of [card(page, new RegExp(`^Sự kiện\\s*${CONFERENCE}$`)), card(page, /^Nhân vật\s*Lưu Thị Ngọc Hân$/), committee, role]) await chosen.getByRole('checkbox', { name: 'Chọn' }).check();
    // x on the proposal being looked at checks it too.
    await otherRole.locator('.meta').click();
    await page.keyboard.press('x');
    assert.equal(await otherRole.getByRole('checkbox').isChecked(), true);
    await page.getByRole('button', { name: 'Chấp nhận 5 đề xuất đã chọn' }).click();
    await page.locator('.batch-status', { hasText: 'Đã chấp nhận' }).waitFor();
    assert.equal(await page.locator('.batch-status').textContent(), 'Đã chấp nhận 4 trên 5 đề xuất đã chọn; 1 chưa được chấp nhận (xem ghi chú ở từng đề xuất).');
    assert.equal(await role.locator('.proposal-status').textContent(), 'Đã chấp nhận');
    assert.equal(await otherRole.locator('.proposal-status').textContent(), 'Chờ xét');
    assert.match((await otherRole.locator('form[aria-label="Chấp nhận đề xuất"] .form-summary').textContent()) ?? '', /Cần xét “(Trần Minh Khoa|Huyện ủy Tam Nông)” trước/);
    assert.equal(await progress(page), `7 trên ${total} đã xem xét (6 chấp nhận, 1 từ chối)`);
    const citing = await explorer.executor.read<{ id: string }>('MATCH (o:Organization) WHERE o.id IN $ids AND $source IN o.sourceIds RETURN o.id AS id', { ids: BDV_SLUGS, source: sourceSlug });
    assert.equal(citing.length, 1, 'the namesake chosen, and it alone, cites the article');
    await screenshot(page, 'review-accepted');
    assert.deepEqual(explorer.problems(), []);
  });

  it('shows an accepted fact on its entity’s page at once, citing the article', async () => {
    const { page } = explorer;
    const role = card(page, /^Lưu Thị Ngọc Hân.* — Trưởng Ban tại/);
    await role.locator('.result').getByRole('link', { name: 'Lưu Thị Ngọc Hân' }).click();
    await page.locator('h1', { hasText: 'Lưu Thị Ngọc Hân' }).waitFor();
    const roles = page.locator('section', { has: page.locator('h2', { hasText: 'Chức vụ theo thời gian' }) });
    assert.match((await roles.locator('li').first().textContent()) ?? '', /^Trưởng Ban — Ban Dân vận Huyện ủy Tam Nông \(14\/5\/2024\)/);
    const notes = page.locator('section', { has: page.locator('h2', { hasText: 'Nguồn' }) }).locator('li');
    await notes.first().waitFor();
    assert.deepEqual(await notes.count(), 1);
    const note = (await notes.first().textContent()) ?? '';
    assert.ok(note.includes(PUBLISHER) && note.includes(TITLE) && note.includes('15/5/2024'), note);
    await screenshot(page, 'review-entity-page');
    await page.goBack();
    await page.getByRole('heading', { name: `Xét duyệt: ${TITLE}` }).waitFor();
  });

  it('undoes an acceptance, and refuses to undo one that accepted facts use', async () => {
    const { page } = explorer;
    const total = await page.locator('article.proposal').count();
    const person = card(page, /^Nhân vật\s*Lưu Thị Ngọc Hân$/);
    await person.getByRole('button', { name: 'Hoàn tác chấp nhận' }).click();
    await person.getByRole('alert').filter({ hasText: 'Không hoàn tác được' }).waitFor();
    assert.equal(await person.getByRole('alert').textContent(), 'Không hoàn tác được: Các thông tin đã chấp nhận từ bài này đang dùng đối tượng này: hãy hoàn tác chúng trước.');

    const model = card(page, /^Mô hình\s*Hội quán$/);
    await model.locator('.meta').click();
    await page.keyboard.press('u');
    await model.locator('.proposal-status', { hasText: 'Chờ xét' }).waitFor();
    assert.equal(await progress(page), `6 trên ${total} đã xem xét (5 chấp nhận, 1 từ chối)`);
    const [hoiQuan] = await explorer.executor.read<{ sources: string[] }>("MATCH (m:Model {id: 'mdl-hoi-quan'}) RETURN m.sourceIds AS sources");
    assert.ok(!hoiQuan!.sources.includes(sourceSlug), 'the model no longer cites the article');

    // Every state of a proposal is on the page now: pending, accepted, rejected, refused with its problem.
    const failures: string[] = [];
    for (const viewport of [{ width: 1280, height: 860 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const v of await axeViolations(page, AXE_RULES)) failures.push(`${viewport.width}px ${v.rule}: ${v.nodes.slice(0, 3).join(' | ')}`);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    assert.deepEqual(failures, []);

    // The queue lists the article with its progress.
    await page.locator('header.site-header').getByRole('link', { name: 'Xét duyệt', exact: true }).click();
    const entry = page.locator('li.queue-entry', { hasText: TITLE });
    await entry.waitFor();
    assert.match((await entry.locator('.queue-progress').textContent()) ?? '', new RegExp(`^6 trên ${total} đã xem xét · còn ${total - 6} chờ xét \\(5 chấp nhận, 1 từ chối\\)$`));
    await screenshot(page, 'review-queue');
    assert.deepEqual(await axeViolations(page, AXE_RULES), []);
    await entry.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: `Xét duyệt: ${TITLE}` }).waitFor();
    assert.deepEqual(explorer.problems(), []);
  });

  it('reads a saved page chosen as a file; the same article is the same Source, its reviews kept', async () => {
    const { page } = explorer;
    const total = await page.locator('article.proposal').count();
    await page.goto(explorer.url('/new/article'));
    await page.getByRole('radio', { name: /Tải lên trang web đã lưu/ }).check();
    await page.getByLabel('Tệp của bài').setInputFiles({ name: 'tam-nong.html', mimeType: 'text/html', buffer: Buffer.from(TAM_NONG_PAGE, 'utf8') });
    await page.locator('#article-file-note', { hasText: 'Đã đọc tệp tam-nong.html' }).waitFor();
    await page.getByRole('button', { name: 'Đưa bài vào và xem đề xuất' }).click();
    await page.locator('.taken-in').waitFor();
    assert.equal(new URL(page.url()).pathname, reviewUrl);
    // The registry's answer of the day (the entities accepted since now match): as the API gives it for the same page again.
    const { body } = await explorer.api.graphqlAs<{ ingestArticle: { sourceCreated: boolean; alreadyProposed: number; matchedEntities: number; ambiguousEntities: number; newEntities: number } }>(
      keys.editor.secret,
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { sourceCreated alreadyProposed matchedEntities ambiguousEntities newEntities } }',
      { input: { content: TAM_NONG_PAGE, format: 'HTML' } },
    );
    const again = body.data!.ingestArticle;
    assert.deepEqual([again.sourceCreated, again.alreadyProposed], [false, total]);
    assert.equal(
      await page.locator('.taken-in').textContent(),
      `Bài này đã được đưa vào trước đây: 0 đề xuất mới, ${total} đề xuất đã có giữ nguyên trạng thái. Đối chiếu với sổ: ${again.matchedEntities} đối tượng đã có, ${again.ambiguousEntities} cần chọn, ${again.newEntities} mới.`,
    );
    assert.equal(await progress(page), `6 trên ${total} đã xem xét (5 chấp nhận, 1 từ chối)`);
    assert.deepEqual(explorer.problems(), []);
  });

  it('offers a viewer and a reader who is not signed in none of it', async () => {
    const { page } = explorer;
    for (const who of [accounts.viewer, null]) {
      await signInAs(who);
      await page.goto(explorer.url('/'));
      await page.locator('header .account a, header .account button').first().waitFor();
      assert.equal(await page.locator('header.site-header').getByRole('link', { name: 'Xét duyệt', exact: true }).isVisible(), false);
      for (const path of ['/review', reviewUrl, '/new/article']) {
        await page.goto(explorer.url(path));
        await page.getByRole('heading', { name: 'Không có quyền' }).waitFor();
        assert.equal(await page.locator('article.proposal, form, li.queue-entry').count(), 0, path);
        assert.match((await page.locator('main').getByRole('alert').textContent()) ?? '', who ? /dành cho biên tập viên/ : /Hãy đăng nhập/);
      }
    }
    assert.deepEqual(explorer.problems(), []);
  });
});
