/**
 * npm run users -- create --user-name ban.dan.van --display-name "Ban Dân vận Đồng Tháp" --role editor
 * npm run users -- disable <user name>
 * npm run users -- enable <user name>
 * npm run users -- reset-password <user name>
 * npm run users -- list
 *
 * Manages people's accounts in the configured Neo4j (the first admin is made
 * this way). Passwords are asked for on the terminal with the echo off, or read
 * from the first line of standard input when it is a pipe; never taken from
 * the command line. Disabling an account or resetting its password ends all its
 * sessions at once. Every change is audited as the `cli` actor.
 */
import { parseArgs } from 'node:util';
import { checkNewAccount, newAccountId, normalizeUserName, PASSWORD_MAX, PASSWORD_MIN, PasswordHasher, passwordProblem } from '../api/accounts/index.js';
import { ROLES } from '../api/auth/index.js';
import { AccountRepository, type AccountChange } from '../api/db/accounts/account.repository.js';
import { InputError } from '../api/write/input-error.js';
import { readNewPassword } from './password-prompt.js';
import { withScriptDatabase } from './script-database.js';

const CLI = { keyId: null, accountId: null, name: 'cli', role: null };
const USAGE = `usage: npm run users -- create --user-name <name> --display-name "<name shown>" --role ${ROLES.join('|')}
       npm run users -- disable|enable|reset-password <user name>
       npm run users -- list
The password is asked for (or read from the first line of standard input); ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { 'user-name': { type: 'string' }, 'display-name': { type: 'string' }, role: { type: 'string' } },
});
const [command, ...rest] = positionals;

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

async function newPassword(userName: string): Promise<string> {
  const password = await readNewPassword(`Password for ${userName}`);
  const problem = passwordProblem(password, userName);
  if (problem) fail(`the password ${problem}`);
  return password.normalize('NFC');
}

const CHANGES: Record<string, { change: AccountChange; done: string }> = {
  disable: { change: 'disableAccount', done: 'Disabled' },
  enable: { change: 'enableAccount', done: 'Enabled' },
  'reset-password': { change: 'resetPassword', done: 'Set a new password for' },
};

if (command === 'create') {
  let account;
  try {
    account = checkNewAccount({ userName: values['user-name'], displayName: values['display-name'], role: values.role });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    fail(error.problems.map((p) => `--${p.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${p.message}`).join('; '));
  }
  const password = await newPassword(account.userName);
  await withScriptDatabase(async (executor) => {
    const passwordHash = await new PasswordHasher().hash(password);
    const repository = new AccountRepository(executor);
    if (await repository.credentials(account.userName)) throw new Error(`an account named ${account.userName} exists already`);
    const stored = await repository.create({ id: newAccountId(), ...account, passwordHash }, CLI);
    console.log(`Created ${stored.role} account ${stored.userName} (${stored.id}) for "${stored.displayName}".`);
  });
} else if (command !== undefined && command in CHANGES) {
  const { change, done } = CHANGES[command]!;
  const userName = rest[0] ? normalizeUserName(rest[0]) : fail(`${command} needs the user name (see \`npm run users -- list\`)`);
  const password = change === 'resetPassword' ? await newPassword(userName) : null;
  await withScriptDatabase(async (executor) => {
    const passwordHash = password === null ? undefined : await new PasswordHasher().hash(password);
    const result = await new AccountRepository(executor).change(userName, change, CLI, passwordHash);
    if (!result) {
      console.error(`error: no account has the user name ${userName}`);
      process.exitCode = 1;
      return;
    }
    const sessions = result.endedSessions > 0 ? `; ended ${result.endedSessions} session(s)` : '';
    console.log(`${done} ${result.account.userName} (${result.account.id})${sessions}.`);
  });
} else if (command === 'list') {
  await withScriptDatabase(async (executor) => {
    const accounts = await new AccountRepository(executor).list();
    if (accounts.length === 0) console.log('No accounts.');
    for (const a of accounts) {
      console.log(`${a.id}  ${a.role.padEnd(6)}  ${(a.disabledAt ? 'disabled' : 'active').padEnd(8)}  created ${a.createdAt}  ${a.userName}  "${a.displayName}"`);
    }
  });
} else {
  fail(command ? `unknown command "${command}"` : 'a command is required');
}
