import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/**
 * Reads a password without it reaching the shell's history or the screen: on
 * a terminal, asked twice with the echo off; from a pipe
 * (`printf '%s\n' "$PW" | npm run users -- …`), the first line of standard input.
 * Never from the command line, where `ps` and the history would keep it.
 */
export async function readNewPassword(label: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await askHidden(`${label}: `);
  const again = await askHidden(`${label} (again): `);
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

async function askHidden(question: string): Promise<string> {
  let muted = false;
  // What readline echoes goes through this stream, which lets the question through and drops the keystrokes.
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = true;
    return await answer;
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

async function firstLineOfStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) return line;
    throw new Error('no password on standard input');
  } finally {
    rl.close();
  }
}
