import { checkArticleText, readArticleTexts } from './check-article-text.js';
import { checkDataset } from './check-dataset.js';
import { checkDescriptionNumbers } from './check-description-numbers.js';
import type { SeedIssue } from './issues.js';
import { readDataset, type RawFile } from './read-dataset.js';
import { validateEntityFile, validateFactsFile } from './schema-validation.js';
import type { Dataset, EntityRecord, FactsFileData } from './types.js';

export interface ValidationResult {
  /** The records that passed the schema; loadable only when `issues` is empty. */
  dataset: Dataset;
  /** Every problem found, in file order. */
  issues: SeedIssue[];
  /** Checks that could not run, and why (the articles' folder is missing). */
  notices: string[];
}

export interface ValidationOptions {
  /**
   * The folder holding the articles' text (shared/sources/), to check that every
   * record citing an article is named in it; null skips that check with a notice.
   */
  articlesDir: string | null;
}

/** Every string of a record not in Unicode NFC, reported with its path (`aliases[1]`). */
function nfcIssues(raw: RawFile, recordDepth: 1 | 2): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const walk = (value: unknown, path: string[], record: string | undefined) => {
    if (typeof value === 'string') {
      if (value !== value.normalize('NFC')) {
        const field = path.map((s) => (/^\d+$/.test(s) ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
        const i: SeedIssue = { file: raw.file, message: `"${value}" is not in Unicode NFC (compose the diacritics)` };
        if (record !== undefined) i.record = record;
        if (field) i.field = field;
        issues.push(i);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)], record));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], record);
    }
  };
  const recordsOf = (container: unknown, prefix: string[]) => {
    if (!Array.isArray(container)) return walk(container, prefix, undefined);
    container.forEach((r, i) => {
      const id = (r as { id?: unknown } | null)?.id;
      walk(r, [], typeof id === 'string' ? id : `#${i + 1}${prefix.length ? ` of ${prefix.join('.')}` : ''}`);
    });
  };
  if (recordDepth === 1) recordsOf(raw.data, []);
  else if (raw.data && typeof raw.data === 'object') {
    for (const [section, value] of Object.entries(raw.data)) recordsOf(value, [section]);
  }
  return issues;
}

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Reads and checks the whole seed folder: YAML syntax, the JSON Schemas in
 * seed/schema/, NFC text, the referential checks, counts written in names and
 * descriptions against the facts, and — when the articles' folder is given —
 * that every record citing an article is named in it. Collects every problem;
 * never stops at the first.
 */
export function validateDataset(seedDir: string, options: ValidationOptions = { articlesDir: null }): ValidationResult {
  const raw = readDataset(seedDir);
  const issues: SeedIssue[] = [...raw.issues];
  const invalidIds = new Set<string>();
  const dataset: Dataset = { entities: [], facts: [] };

  for (const file of raw.entities) {
    const result = validateEntityFile(file, file.label);
    issues.push(...result.issues, ...nfcIssues(file, 1));
    const records = Array.isArray(file.data) ? (file.data as unknown[]) : [];
    const valid: EntityRecord[] = [];
    records.forEach((record, i) => {
      if (result.invalidRecords.has(String(i))) {
        const id = idOf(record);
        if (id) invalidIds.add(id);
      } else valid.push(record as EntityRecord);
    });
    dataset.entities.push({ file: file.file, label: file.label, records: valid });
  }

  for (const file of raw.facts) {
    const result = validateFactsFile(file);
    issues.push(...result.issues, ...nfcIssues(file, 2));
    const data = (file.data ?? {}) as Record<string, unknown>;
    if (typeof data.source !== 'string') continue;
    const section = <T>(name: string): T[] => {
      const list = Array.isArray(data[name]) ? (data[name] as unknown[]) : [];
      return list.filter((record, i) => {
        if (!result.invalidRecords.has(`${name}/${i}`)) return true;
        const id = idOf(record);
        if (id) invalidIds.add(id);
        return false;
      }) as T[];
    };
    const facts: FactsFileData = {
      file: file.file,
      source: data.source,
      roleObservations: section('roleObservations'),
      participations: section('participations'),
      relations: section('relations'),
    };
    dataset.facts.push(facts);
  }

  // With an unreadable entity file every reference to its records would fail; report the file alone.
  issues.push(...checkDataset(dataset, invalidIds, { checkReferences: !raw.incomplete }));
  issues.push(...checkDescriptionNumbers(dataset));
  const notices: string[] = [];
  if (options.articlesDir === null) {
    notices.push('the articles were not checked: no folder of article texts (shared/sources/) was found');
  } else {
    const articles = readArticleTexts(dataset, options.articlesDir);
    issues.push(...articles.issues, ...checkArticleText(dataset, articles.texts));
  }
  return { dataset, issues, notices };
}
