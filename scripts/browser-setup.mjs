// What the browser tests need on the machine, and how `npm test` gets it.
// Plain JavaScript on Node's built-ins: scripts/bootstrap.mjs runs it before any
// dependency is installed. The decision is a pure function (browserSetupAction),
// unit-tested on every combination of facts; probing and installing are kept apart.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** Debian's Chromium, which the end-to-end tests drive, and the Noto fonts that give it Vietnamese glyphs. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-core'];
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NOTO_SANS = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';

/**
 * What to do, from the facts of this machine:
 * - `ready`: nothing is missing;
 * - `install`: apt-get the missing packages, through `sudo -n` unless we are root;
 * - `stop`: nothing can be installed from here; `message` is the one line that says what to run.
 * A CHROMIUM_PATH of the user's own is taken as it is: never installed over, only checked.
 *
 * @param {{ uid: number, sudo: boolean, aptGet: boolean, chromium: boolean, fonts: boolean, chromiumPath?: string | undefined }} facts
 * @returns {{ kind: 'ready' } | { kind: 'install', sudo: boolean, packages: string[] } | { kind: 'stop', message: string }}
 */
export function browserSetupAction(facts) {
  if (facts.chromiumPath) {
    return facts.chromium
      ? { kind: 'ready' }
      : { kind: 'stop', message: `error: CHROMIUM_PATH=${facts.chromiumPath} does not exist: point it at a Chromium, or unset it to use Debian's chromium package` };
  }
  const packages = BROWSER_PACKAGES.filter((name) => (name === 'chromium' ? !facts.chromium : !facts.fonts));
  if (packages.length === 0) return { kind: 'ready' };
  const root = facts.uid === 0;
  if (facts.aptGet && (root || facts.sudo)) return { kind: 'install', sudo: !root, packages };
  const hint = facts.aptGet
    ? `run \`sudo apt-get install ${packages.join(' ')}\``
    : `install ${packages.join(' and ')} (or set CHROMIUM_PATH to a Chromium)`;
  return { kind: 'stop', message: `error: the browser tests need ${packages.join(' and ')}: ${hint}, then npm test again (npm run test:unit needs no browser)` };
}

/**
 * Whether the test paths given to `npm test` (none: every test) reach test/e2e.
 *
 * @param {string[]} args
 * @param {string} root
 */
export function testsNeedBrowser(args, root) {
  if (args.length === 0) return true;
  const e2e = path.join(root, 'test', 'e2e');
  return args.some((arg) => {
    const target = path.resolve(root, arg);
    return target === e2e || target.startsWith(e2e + path.sep) || e2e.startsWith(target + path.sep);
  });
}

function succeeds(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** The facts browserSetupAction decides on; sudo is asked (never with a prompt) only when something is missing. */
export function probeBrowserSetup(env = process.env) {
  const chromiumPath = env.CHROMIUM_PATH || undefined;
  const facts = {
    uid: typeof process.getuid === 'function' ? process.getuid() : -1,
    sudo: false,
    aptGet: succeeds('apt-get', ['--version']),
    chromium: existsSync(chromiumPath ?? DEBIAN_CHROMIUM),
    fonts: existsSync(NOTO_SANS),
    chromiumPath,
  };
  if (facts.uid !== 0 && !(facts.chromium && facts.fonts)) facts.sudo = succeeds('sudo', ['-n', 'true']);
  return facts;
}

/**
 * Makes sure the browser tests can run, installing what is missing when this
 * machine allows it; exits with one line otherwise.
 */
export function ensureBrowser(env = process.env) {
  const action = browserSetupAction(probeBrowserSetup(env));
  if (action.kind === 'ready') return;
  if (action.kind === 'stop') {
    console.error(action.message);
    process.exit(1);
  }
  console.log(`Installing ${action.packages.join(' and ')} for the browser tests (apt-get)…`);
  const prefix = action.sudo ? ['sudo', '-n', 'env'] : ['env'];
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...action.packages]]) {
    const [command, ...rest] = [...prefix, 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    const result = spawnSync(command, rest, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.error || result.status !== 0) {
      console.error(`error: apt-get ${args[0]} failed; run \`sudo apt-get install ${action.packages.join(' ')}\`, then npm test again`);
      process.exit(1);
    }
  }
  const after = browserSetupAction(probeBrowserSetup(env));
  if (after.kind !== 'ready') {
    console.error(`error: ${action.packages.join(' and ')} installed, yet ${DEBIAN_CHROMIUM} or the Noto fonts are still missing`);
    process.exit(1);
  }
}
