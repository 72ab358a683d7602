import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PasswordHasher } from '../../api/accounts/password-hash.js';
import { createTestAccounts, removeTestAccounts, TEST_PASSWORD, type TestAccount } from '../helpers/accounts.js';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

const MINUTE = 60_000;

describe('the explorer: signing in and out', () => {
  let explorer: RunningExplorer;
  let accounts: Record<'viewer' | 'editor' | 'admin', TestAccount>;
  const hasher = new PasswordHasher({ logN: 12, r: 8, p: 1 });
  before(async () => {
    // A name is locked from its third failure here, so the test reaches a lock in a few attempts.
    const throttle = { account: { freeFailures: 1, baseDelayMs: 1_000, lockAfter: 3, lockMs: 15 * MINUTE }, address: { freeFailures: 20, baseDelayMs: 1_000, lockAfter: 100, lockMs: 15 * MINUTE } };
    explorer = await startExplorer({ api: { signIn: { hasher, throttle } } });
    await removeTestAccounts(explorer.executor, 'browser');
    accounts = await createTestAccounts(explorer.executor, 'browser', hasher);
  });
  after(async () => {
    if (explorer) await removeTestAccounts(explorer.executor, 'browser');
    await explorer?.close();
  });

  it('signs in from the header, shows who is signed in, sends the CSRF token, and signs out', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/models'));
    const account = page.locator('header .account');
    await account.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/sign-in?next=%2Fmodels');

    await page.getByLabel('Tên đăng nhập').fill(accounts.editor.userName);
    await page.getByLabel('Mật khẩu').fill('không phải mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();
    assert.equal(await page.getByLabel('Mật khẩu').inputValue(), '', 'the wrong password is cleared');

    await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    // The requests of the page it returns to are the first the signed-in explorer sends.
    const sent = page.waitForRequest((request) => request.url().endsWith('/graphql'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(explorer.url('/models'));
    await account.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    assert.equal((await account.locator('.account-name').textContent())?.trim(), 'Zz browser editor (biên tập viên)');
    const cookies = await explorer.browser.context.cookies();
    assert.deepEqual(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path]), [['dvk_session', true, 'Strict', '/']]);
    assert.equal(await page.evaluate('document.cookie'), '', 'no script can read the session cookie');
    await screenshot(page, 'signed-in');

    // Every request of the signed-in explorer carries the session's CSRF token, as writes must.
    const { body } = await explorer.api.graphqlAs<{ me: { csrfToken: string } }>(null, '{ me { csrfToken } }', undefined, { cookie: `dvk_session=${cookies[0]!.value}` });
    assert.equal((await sent).headers()['x-csrf-token'], body.data?.me.csrfToken);
    assert.match(body.data?.me.csrfToken ?? '', /^[A-Za-z0-9_-]{43}$/);

    await account.getByRole('button', { name: 'Đăng xuất' }).click();
    await account.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    assert.deepEqual(await explorer.browser.context.cookies(), []);
    const stored = await explorer.executor.read('MATCH (s:UserSession {accountId: $id}) RETURN s.id AS id', { id: accounts.editor.id });
    assert.deepEqual(stored, [], 'the session is gone from the database');
    await page.reload();
    await account.getByRole('link', { name: 'Đăng nhập' }).waitFor();
  });

  it('tells a locked account to wait, without saying whether the name exists', async () => {
    const { page } = explorer;
    await page.goto(explorer.url('/sign-in'));
    const attempt = async (password: string) => {
      await page.getByLabel('Tên đăng nhập').fill(accounts.viewer.userName);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Đăng nhập' }).and(page.locator(':enabled')).waitFor();
      return (await page.getByRole('alert').textContent())?.trim();
    };
    assert.equal(await attempt('sai lần thứ nhất'), 'Tên đăng nhập hoặc mật khẩu không đúng.');
    assert.equal(await attempt('sai lần thứ hai'), 'Tên đăng nhập hoặc mật khẩu không đúng.');
    assert.equal(await attempt('quá sớm'), 'Đăng nhập sai nhiều lần. Hãy đợi 1 giây rồi thử lại.');
    await page.waitForTimeout(1_050);
    assert.equal(await attempt('sai lần thứ ba'), 'Tên đăng nhập hoặc mật khẩu không đúng.');
    assert.equal(await attempt(TEST_PASSWORD), 'Đăng nhập sai quá nhiều lần nên tạm bị khóa. Hãy thử lại sau 15 phút.');
    await screenshot(page, 'sign-in-locked');
    assert.equal(await page.locator('header .account').getByRole('link', { name: 'Đăng nhập' }).count(), 1, 'still signed out');
    // The browser reports the refused sign-ins (401, 429) as failed loads; nothing else went wrong.
    assert.deepEqual(explorer.problems().filter((p) => !/status of 40[13]|status of 429/.test(p)), []);
  });
});
