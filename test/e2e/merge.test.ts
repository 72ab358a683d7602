import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { createTestAccounts, graphqlWithSession, removeTestAccounts, signIn, type TestAccount } from '../helpers/accounts.js';
import { signInAs as signInWith } from '../helpers/browser-session.js';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';
import { dumpGraph } from '../helpers/graph-dump.js';
import { removeSuiteData, SEED_SOURCE_ID } from '../helpers/mutation-suite.js';

const KEEP = toGlobalId('Person', 'per-zz-merge-keep');
const DROP = toGlobalId('Person', 'per-zz-merge-drop');
const KEEP_NAME = 'Zz Merge Nguyễn Văn Hùng';
const DROP_NAME = 'Zz Merge Nguyễn Văn Hung';

/** The graph and everything beside it but people's sessions, whose last-seen time a page's requests may move. */
const withoutSessions = (dump: string) => dump.split('\n').filter((line) => !line.startsWith('{"node":["UserSession"]')).join('\n');

describe('the explorer: merging two entries that are one', () => {
  let explorer: RunningExplorer;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });

  const signInAs = (account: TestAccount | null) => signInWith(explorer, account);

  before(async () => {
    explorer = await startExplorer({ api: { signIn: { hasher } } });
    await removeTestAccounts(explorer.executor, 'merge');
    await removeSuiteData(explorer.executor, 'merge');
    accounts = await createTestAccounts(explorer.executor, 'merge', hasher);
    // Two records of one official, as two articles spelled the name; an event only the second one attended.
    const session = await signIn(explorer.api.url, accounts.editor);
    const write = async (query: string, input: Record<string, unknown>) => {
      const { body } = await graphqlWithSession(explorer.api.url, session, query, { input: { sources: [SEED_SOURCE_ID], ...input } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    };
    const person = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { created } }';
    await write(person, { slug: 'per-zz-merge-keep', name: KEEP_NAME, description: 'Bí thư chi bộ ấp (bản ghi thứ nhất).' });
    await write(person, { slug: 'per-zz-merge-drop', name: DROP_NAME, aliases: ['Zz Merge Ông Hùng'], description: 'Bí thư chi bộ (bản ghi thứ hai).' });
    await write('mutation($input: CreateEventInput!) { createEvent(input: $input) { created } }', { slug: 'ev-zz-merge-event', name: 'Zz Merge Hội nghị ấp', kind: 'BRIEFING', date: '2022-05-06' });
    await write('mutation($input: RecordParticipationInput!) { recordParticipation(input: $input) { created } }', { person: DROP, event: toGlobalId('Event', 'ev-zz-merge-event'), role: 'SPOKE' });
  });
  after(async () => {
    if (explorer) {
      await removeSuiteData(explorer.executor, 'merge');
      await removeTestAccounts(explorer.executor, 'merge');
    }
    await explorer?.close();
  });

  it('offers the merge to an admin only; an editor following its address is told why not', async () => {
    await signInAs(accounts.editor);
    const { page } = explorer;
    await page.goto(explorer.url(`/person/${KEEP}`));
    await page.locator('nav.curate-actions').getByRole('link', { name: 'Lịch sử thay đổi' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Gộp mục trùng' }).count(), 0);
    await page.goto(explorer.url(`/merge?survivor=${KEEP}&merged=${DROP}`));
    await page.getByRole('heading', { name: 'Không có quyền' }).waitFor();
    assert.equal(await page.locator('.merge-preview').count(), 0);
    assert.deepEqual(explorer.problems(), []);
  });

  it('an admin finds the duplicate the registry suggests, previews the merge, swaps, merges, and the old address leads to the survivor', async () => {
    await signInAs(accounts.admin);
    const { page } = explorer;
    await page.goto(explorer.url(`/person/${KEEP}`));
    await page.getByRole('link', { name: 'Gộp mục trùng' }).click();
    await page.getByRole('heading', { name: 'Gộp hai mục trùng' }).waitFor();
    assert.deepEqual(explorer.problems(), []);
    assert.equal(await page.getByLabel('Mục được giữ lại').inputValue(), KEEP_NAME);

    // The reconciliation finds the other spelling; choosing it previews the merge.
    const suggestion = page.locator('.suggestion-list li', { hasText: DROP_NAME });
    await suggestion.waitFor();
    const before = withoutSessions(await dumpGraph(explorer.executor));
    await suggestion.getByRole('button', { name: 'Xem trước khi gộp' }).click();
    const preview = page.locator('.merge-preview');
    await preview.waitFor();
    const conflict = preview.locator('.merge-conflicts tbody tr');
    assert.deepEqual(await conflict.locator('th, td').allTextContents(), ['Mô tả', 'Bí thư chi bộ ấp (bản ghi thứ nhất).', 'Bí thư chi bộ (bản ghi thứ hai).']);
    const part = (title: string) => preview.locator('section.merge-part', { has: page.locator('h3', { hasText: title }) }).locator('li').allTextContents();
    assert.deepEqual(await part('Tên gọi khác được thêm'), [DROP_NAME, 'Zz Merge Ông Hùng']);
    assert.deepEqual(await part('Quan hệ được chuyển sang'), [`tham gia Zz Merge Hội nghị ấp — nguồn: ${await sourceTitle(explorer)}`]);
    assert.match(page.url(), new RegExp(`/merge\\?survivor=${KEEP}&merged=${DROP}$`), 'the address names the pair');
    assert.equal(withoutSessions(await dumpGraph(explorer.executor)), before, 'a preview writes nothing');
    await screenshot(page, 'merge-preview');

    // Swapped, the other description would stay.
    await page.getByRole('button', { name: 'Đổi vai hai mục' }).click();
    await preview.locator('.merge-conflicts tbody tr td').first().filter({ hasText: 'bản ghi thứ hai' }).waitFor();
    await page.getByRole('button', { name: 'Đổi vai hai mục' }).click();
    await preview.locator('.merge-conflicts tbody tr td').first().filter({ hasText: 'bản ghi thứ nhất' }).waitFor();

    // The merge needs a citation, as every write does.
    await page.getByRole('button', { name: 'Gộp hai mục' }).click();
    await page.locator('.form-summary').waitFor();
    assert.equal(withoutSessions(await dumpGraph(explorer.executor)), before, 'nothing is merged without a source');
    await page.getByLabel('Chọn nguồn có sẵn', { exact: true }).pressSequentially('tong ket dan van chinh quyen', { delay: 20 });
    await page.getByRole('option', { name: /Tổng kết công tác Dân vận Chính quyền 2020/ }).first().click();
    await page.getByRole('button', { name: 'Gộp hai mục' }).click();

    // The survivor's page, with the merged name among its aliases and the event it brought.
    await page.waitForURL(explorer.url(`/person/${KEEP}`));
    await page.locator('p.aliases', { hasText: DROP_NAME }).waitFor();
    assert.match((await page.locator('article.entity').textContent()) ?? '', /Zz Merge Hội nghị ấp/);
    // The merged entry's address leads there, and says so.
    await page.goto(explorer.url(`/person/${DROP}`));
    await page.locator('.merged-notice').waitFor();
    assert.equal(new URL(page.url()).pathname, `/person/${KEEP}`);
    assert.equal(await page.locator('h1').first().textContent(), `${KEEP_NAME}[1]`, 'the survivor, with its citation');
    await screenshot(page, 'merge-redirected');
    assert.deepEqual(explorer.problems(), []);
  });
});

/** The title of the seed's source the fixture cites, as the preview names it. */
async function sourceTitle(explorer: RunningExplorer): Promise<string> {
  const rows = await explorer.executor.read<{ title: string }>("MATCH (s:Source {id: 'src-000-tong-ket-dvcq-2020'}) RETURN s.title AS title");
  return rows[0]!.title;
}
