import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../api/paths.js';

/** What a command printed and how it ended. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One of the project's scripts (a file of scripts/) run as a person runs it, in
 * a process of its own under tsx, with the test's environment; `stdin` is
 * piped in and closed (a password, never an argument).
 */
export function runScript(script: string, args: readonly string[], stdin = ''): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
