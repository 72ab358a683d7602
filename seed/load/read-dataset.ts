import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { SeedIssue } from './issues.js';
import type { EntityLabel } from '../../model/graph-model.js';
import { ENTITY_FILES, type EntityFile } from './model.js';

export interface RawFile {
  /** Absolute path on disk. */
  path: string;
  /** The path shown in messages: the seed folder's name, then the path inside it (`seed/facts/000-….yaml`). */
  file: string;
  /** The parsed YAML, untyped until the schema has passed. */
  data: unknown;
}

export interface RawDataset {
  entities: Array<RawFile & { label: EntityLabel }>;
  facts: RawFile[];
  issues: SeedIssue[];
  /** True when an entity file could not be read: references to its records cannot be checked. */
  incomplete: boolean;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

/**
 * Reads `entities/*.yaml` and `facts/*.yaml` under the seed folder. Parse errors
 * (bad YAML, duplicate keys) and unexpected files become issues; nothing is
 * checked beyond YAML syntax here.
 */
export function readDataset(seedDir: string): RawDataset {
  const root = path.basename(path.resolve(seedDir));
  const issues: SeedIssue[] = [];
  let incomplete = false;
  const read = (dir: 'entities' | 'facts', name: string): RawFile | null => {
    const absolute = path.join(seedDir, dir, name);
    const file = `${root}/${dir}/${name}`;
    const document = parseDocument(readFileSync(absolute, 'utf8'), { uniqueKeys: true, prettyErrors: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0];
        issues.push({ file, message: `is not valid YAML${line ? ` (line ${line.line}, column ${line.col})` : ''}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
      }
      return null;
    }
    return { path: absolute, file, data: document.toJS({ maxAliasCount: 1000 }) };
  };

  const entities: RawDataset['entities'] = [];
  for (const name of yamlFiles(path.join(seedDir, 'entities'))) {
    const kind = name.replace(/\.ya?ml$/, '');
    if (!(kind in ENTITY_FILES)) {
      issues.push({ file: `${root}/entities/${name}`, message: `is not an entity file; expected one of ${Object.keys(ENTITY_FILES).map((k) => `${k}.yaml`).join(', ')}` });
      continue;
    }
    const raw = read('entities', name);
    if (raw) entities.push({ ...raw, label: ENTITY_FILES[kind as EntityFile] });
    else incomplete = true;
  }
  if (entities.length === 0 && issues.length === 0) {
    issues.push({ file: `${root}/entities`, message: 'holds no entity files' });
  }

  const facts: RawFile[] = [];
  for (const name of yamlFiles(path.join(seedDir, 'facts'))) {
    const raw = read('facts', name);
    if (raw) facts.push(raw);
  }
  return { entities, facts, issues, incomplete };
}
