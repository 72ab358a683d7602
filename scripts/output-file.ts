import { existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Opens a script's output file for writing before any work is done: its folder
 * is made when missing (a fresh clone has no data/generated/), and a path that
 * cannot be written ends the script with one line and status 1 instead of a
 * stack trace after the work. Returns the file descriptor, for
 * createWriteStream('', { fd }). `named` is the path the user gave, when the
 * file opened is a stand-in for it (an export's partial file): the error names
 * it, and a folder there is refused before any work rather than at the rename.
 */
export function openOutputFile(file: string, named = file): number {
  try {
    if (named !== file && existsSync(named) && statSync(named).isDirectory()) throw new Error('it is a folder');
    makeFolder(path.dirname(path.resolve(file)));
    return openSync(file, 'w');
  } catch (error) {
    return cannotWrite(named, error);
  }
}

/**
 * Makes a folder and the ones missing above it, one at a time: Node 20's
 * mkdirSync(…, { recursive: true }) never returns where the system answers
 * ENOENT under a folder that exists (/proc/nope spun for minutes here), while a
 * single mkdir fails at once.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  makeFolder(path.dirname(dir));
  mkdirSync(dir);
}

/** Ends the script: `error: cannot write FILE: reason`, status 1. */
export function cannotWrite(file: string, error: unknown): never {
  console.error(`error: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
