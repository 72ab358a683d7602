// How `npm test` gets the browser the end-to-end tests drive (scripts/browser-setup.mjs):
// the decision from the machine's facts, for every case, without touching the machine.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { browserSetupAction, testsNeedBrowser, type BrowserSetupFacts } from '../../scripts/browser-setup.mjs';

const machine = (facts: Partial<BrowserSetupFacts>): BrowserSetupFacts => ({ uid: 1000, sudo: false, aptGet: true, chromium: false, fonts: false, ...facts });

describe('the browser setup of npm test', () => {
  it('does nothing when Chromium and the fonts are there, whoever runs it', () => {
    for (const uid of [0, 1000]) {
      for (const aptGet of [true, false]) {
        assert.deepEqual(browserSetupAction(machine({ uid, aptGet, chromium: true, fonts: true })), { kind: 'ready' });
      }
    }
  });

  it('installs what is missing with apt-get as root, without sudo', () => {
    assert.deepEqual(browserSetupAction(machine({ uid: 0 })), { kind: 'install', sudo: false, packages: ['chromium', 'fonts-noto-core'] });
    assert.deepEqual(browserSetupAction(machine({ uid: 0, chromium: true })), { kind: 'install', sudo: false, packages: ['fonts-noto-core'] });
    assert.deepEqual(browserSetupAction(machine({ uid: 0, fonts: true })), { kind: 'install', sudo: false, packages: ['chromium'] });
  });

  it('installs through sudo when a user has it without a password', () => {
    assert.deepEqual(browserSetupAction(machine({ sudo: true })), { kind: 'install', sudo: true, packages: ['chromium', 'fonts-noto-core'] });
  });

  it('stops with the one command to run when it may not install', () => {
    assert.deepEqual(browserSetupAction(machine({ fonts: true })), {
      kind: 'stop',
      message: 'error: the browser tests need chromium: run `sudo apt-get install chromium`, then npm test again (npm run test:unit needs no browser)',
    });
  });

  it('stops when there is no apt-get, root or not', () => {
    for (const facts of [{ uid: 0 }, { sudo: true }]) {
      assert.deepEqual(browserSetupAction(machine({ ...facts, aptGet: false })), {
        kind: 'stop',
        message: 'error: the browser tests need chromium and fonts-noto-core: install chromium and fonts-noto-core (or set CHROMIUM_PATH to a Chromium), then npm test again (npm run test:unit needs no browser)',
      });
    }
  });

  it('takes a CHROMIUM_PATH as it is: never installs over it, stops when it names nothing', () => {
    assert.deepEqual(browserSetupAction(machine({ uid: 0, chromiumPath: '/opt/chrome', chromium: true })), { kind: 'ready' });
    assert.deepEqual(browserSetupAction(machine({ uid: 0, chromiumPath: '/opt/chrome', chromium: false })), {
      kind: 'stop',
      message: "error: CHROMIUM_PATH=/opt/chrome does not exist: point it at a Chromium, or unset it to use Debian's chromium package",
    });
  });

  it('is needed by every test run that reaches test/e2e, and by no other', () => {
    const root = path.resolve('/repo');
    assert.equal(testsNeedBrowser([], root), true, 'every test');
    assert.equal(testsNeedBrowser(['test'], root), true);
    assert.equal(testsNeedBrowser(['.'], root), true);
    assert.equal(testsNeedBrowser(['test/e2e'], root), true);
    assert.equal(testsNeedBrowser(['test/e2e/search.test.ts'], root), true);
    assert.equal(testsNeedBrowser(['test/unit', 'test/e2e/graph.test.ts'], root), true);
    assert.equal(testsNeedBrowser(['test/unit'], root), false);
    assert.equal(testsNeedBrowser(['test/unit/config.test.ts', 'test/integration/search-api.test.ts'], root), false);
    assert.equal(testsNeedBrowser(['test/e2e-extra'], root), false, 'a sibling that only shares the prefix');
  });
});
