import type { TestAccount } from './accounts.js';
import type { RunningExplorer } from './explorer.js';

/**
 * Signs the explorer's tab in as `account` through the sign-in page, as a
 * person does, signing out first whoever is signed in; with null, only signs out.
 */
export async function signInAs(explorer: RunningExplorer, account: TestAccount | null): Promise<void> {
  const { page } = explorer;
  await page.goto(explorer.url('/sign-in'));
  const header = page.locator('header .account');
  await header.locator('a, button').first().waitFor();
  if (await header.getByRole('button', { name: 'Đăng xuất' }).count()) {
    await header.getByRole('button', { name: 'Đăng xuất' }).click();
    await header.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await page.goto(explorer.url('/sign-in'));
  }
  if (!account) return;
  await page.getByLabel('Tên đăng nhập').fill(account.userName);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await header.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
