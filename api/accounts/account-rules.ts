import { isRole, ROLES, type Role } from '../auth/roles.js';
import { Checker } from '../write/checker.js';

/**
 * What an account's fields may be. User names are lower-case ASCII (letters,
 * digits, `.`, `_`, `-`; 3 to 64 characters, starting and ending with a letter
 * or digit): typed at every sign-in, compared without regard to case, and free
 * of look-alike letters. Display names are any one-line text, as the registry's
 * names are. Passwords are NFC-normalised (the same word typed on two keyboards
 * is the same password) and 12 to 128 characters long: long enough to need a
 * passphrase, bounded so a request cannot make scrypt hash megabytes.
 */
export const USER_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{1,62})[a-z0-9]$/;
export const DISPLAY_NAME_MAX = 100;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// C0 and C1 controls (line breaks included): a password is one line of what a keyboard types.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The user name as stored and compared: NFC, trimmed, lower-case. */
export function normalizeUserName(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

export function isUserName(name: string): boolean {
  return USER_NAME_PATTERN.test(name);
}

/** Characters as a person counts them (code points, after NFC), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/** Why `password` cannot be an account's password, or null when it can. */
export function passwordProblem(password: string, userName?: string): string | null {
  const text = password.normalize('NFC');
  const length = [...text].length;
  if (length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters, got ${length}`;
  if (length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters, got ${length}`;
  if (CONTROL.test(text)) return 'must not contain control characters (line breaks, tabs)';
  if (/\p{Cs}/u.test(text)) return 'must be Unicode text: it holds half of a surrogate pair';
  if (userName !== undefined && text.toLowerCase().includes(userName.toLowerCase())) return 'must not contain the user name';
  return null;
}

export interface NewAccount {
  userName: string;
  displayName: string;
  role: Role;
}

/** Checks a new account's fields (every problem at once, as an InputError naming each field); the password is checked apart. */
export function checkNewAccount(input: { userName: unknown; displayName: unknown; role: unknown }): NewAccount {
  const checker = new Checker();
  const userName = typeof input.userName === 'string' ? normalizeUserName(input.userName) : undefined;
  if (userName === undefined || !isUserName(userName)) {
    checker.fail('userName', 'must be 3 to 64 lower-case ASCII letters, digits, ".", "_" or "-", starting and ending with a letter or digit');
  }
  const displayName = checker.text('displayName', input.displayName, { max: DISPLAY_NAME_MAX });
  if (displayName === undefined || displayName === null) {
    if (input.displayName === undefined || input.displayName === null) checker.fail('displayName', 'is required');
  }
  if (!isRole(input.role)) checker.fail('role', `must be one of ${ROLES.join(', ')}`);
  checker.done();
  return { userName: userName!, displayName: displayName!, role: input.role as Role };
}
