import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

/**
 * Opens a script's output file for writing before any work is done: its folder
 * is made when missing (a fresh clone has no data/generated/), and a path that
 * cannot be written ends the script with one line and status 1 instead of a
 * stack trace after the work. Returns the file descriptor, for
 * createWriteStream('', { fd }).
 */
export function openOutputFile(file: string): number {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return openSync(file, 'w');
  } catch (error) {
    return cannotWrite(file, error);
  }
}

/** Ends the script: `error: cannot write FILE: reason`, status 1. */
export function cannotWrite(file: string, error: unknown): never {
  console.error(`error: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
