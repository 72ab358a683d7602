import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../paths.js';

const SDL_FILE = /\.graphql$/;

/**
 * The SDL files of the read API, one per domain, sorted by name so that the
 * concatenation (and so the printed schema) is deterministic. SCHEMA_DIR is
 * found by walking up from the module to package.json, so this works from
 * api/ under tsx and from dist/api/ once compiled.
 */
export function schemaFiles(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => SDL_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The whole SDL of the read API: every `schema/*.graphql` file, concatenated in name order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  const files = schemaFiles(dir);
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}`);
  return files.map((file) => `# ${path.basename(file)}\n${readFileSync(file, 'utf8')}`).join('\n');
}
