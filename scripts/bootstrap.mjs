#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone: this file runs before any
// dependency is installed, so it is plain JavaScript using Node's built-ins only.
// It installs what is missing (packages, and for the browser tests Chromium: see
// browser-setup.mjs), builds, then hands over to the TypeScript entry points.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser, testsNeedBrowser } from './browser-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`error: could not run ${cmd}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 10)) {
  console.error(`error: dvk-graph needs Node.js 20.10 or newer; this is ${process.versions.node}`);
  process.exit(1);
}

// The browser tests drive Debian's Chromium: installed here when missing and this
// machine allows it (root or sudo without a password, apt-get), as Neo4j is fetched
// for `npm start`; otherwise one line says what to run, before anything is built.
if (command === 'test' && testsNeedBrowser(process.argv.slice(3), root)) ensureBrowser();

// npm keeps node_modules/.package-lock.json in step with what it installed.
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || mtime(path.join(root, 'package-lock.json')) > mtime(installed)) {
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

console.log('Building (tsc)…');
run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
// The web explorer the API serves at / and /graphiql (dist/web): type-checked,
// then bundled by Vite. A few seconds; the end-to-end tests need it built.
console.log('Building the web explorer (vite)…');
run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join('web', 'tsconfig.json')]);
run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join('web', 'vite.config.ts'), '--logLevel', 'warn']);

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
// The long-running step is spawned, not run synchronously, so that SIGINT and
// SIGTERM reach it and it can shut down cleanly (stop its Neo4j, drain requests).
function handOver(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

switch (command) {
  case 'start':
    handOver([path.join(root, 'dist', 'scripts', 'start.js')]);
    break;
  case 'test':
    handOver([tsx, path.join(root, 'scripts', 'run-tests.ts'), ...process.argv.slice(3)]);
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test');
    process.exit(2);
}
