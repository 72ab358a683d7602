import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nameKeyOf } from '../../model/text.js';
import type { SeedIssue } from './issues.js';
import { RELATION_REFERENCE_FIELDS } from '../../model/graph-model.js';
import type { Dataset, EntityRecord, FactsFileData } from './types.js';

/**
 * The rule "every fact cites an article that says it", checked against the
 * articles themselves (shared/sources/): a record that cites an article and is
 * not marked inferred must be named in it.
 *
 * "Named" means the record's name or one of its aliases occurs in the article
 * as whole words, both folded the way search folds them (model/text.ts:
 * diacritics, case, punctuation and spacing aside), so "Tỉnh uỷ" matches
 * "Tỉnh ủy" and a typo kept as an alias ("Dân vn khéo") matches the article
 * that has it. An inferred record or fact is not held to the text: its note
 * says what the article leaves unsaid. For a fact, every record it links must be named (a
 * Source it links is the article itself and needs no name), and so must the
 * wording it keeps from the article: a role observation's `titleAsWritten`, a
 * participation's `titleAtEvent` and `bridgePoint`. The check is necessary,
 * not sufficient: a name met in the article does not prove the fact.
 */

/** The text of each article Source, folded to words (`" hoi nghi tong ket … "`), by source id. */
export type ArticleTexts = ReadonlyMap<string, string>;

/** An article's text as the check compares names with it: folded to words, a space at each end. */
export function foldedArticle(text: string): string {
  return ` ${nameKeyOf(text)} `;
}

/** Reads the file of every Source that names one; a Source whose file is not in `dir` is an issue. */
export function readArticleTexts(dataset: Dataset, dir: string): { texts: ArticleTexts; issues: SeedIssue[] } {
  const texts = new Map<string, string>();
  const issues: SeedIssue[] = [];
  for (const file of dataset.entities.filter((f) => f.label === 'Source')) {
    for (const source of file.records) {
      if (typeof source.file !== 'string') continue;
      const full = path.join(dir, source.file);
      if (!existsSync(full)) {
        issues.push({ file: file.file, record: source.id, field: 'file', message: `"${source.file}" is not in ${dir}` });
        continue;
      }
      texts.set(source.id, foldedArticle(readFileSync(full, 'utf8')));
    }
  }
  return { texts, issues };
}

const spellings = (record: EntityRecord): string[] => [record.name ?? record.title ?? '', ...(record.aliases ?? [])].filter((s) => s.length > 0);

/** True when `text` (an article, folded) has `phrase` as whole words. */
function mentions(text: string, phrase: string): boolean {
  const key = nameKeyOf(phrase);
  return key.length > 0 && text.includes(` ${key} `);
}

export function checkArticleText(dataset: Dataset, texts: ArticleTexts): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const records = new Map<string, { label: string; record: EntityRecord }>();
  for (const file of dataset.entities) for (const record of file.records) records.set(record.id, { label: file.label, record });

  const named = (id: string, text: string): boolean => {
    const entry = records.get(id);
    // An unknown id is reported by the referential checks; a Source is the article itself.
    if (!entry || entry.label === 'Source') return true;
    return spellings(entry.record).some((s) => mentions(text, s));
  };
  const listed = (id: string) => {
    const r = records.get(id)?.record;
    return r ? spellings(r).map((s) => `"${s}"`).join(', ') : '';
  };

  // Entities: each article an entity cites must name it, unless the entity is inferred.
  for (const file of dataset.entities) {
    if (file.label === 'Source') continue;
    for (const record of file.records) {
      if (record.inferred === true) continue;
      for (const source of record.sources ?? []) {
        const text = texts.get(source);
        if (text === undefined || spellings(record).some((s) => mentions(text, s))) continue;
        issues.push({
          file: file.file,
          record: record.id,
          field: 'sources',
          message: `cites ${source}, whose text has none of its names (${listed(record.id)}); add the article's spelling to aliases, mark it inferred with a note, or do not cite that article`,
        });
      }
    }
  }

  /**
   * An inferred fact may link a record its article does not name, and that
   * record then does not cite the article (check-dataset.ts); one the article
   * does name must cite it.
   */
  const uncited = (facts: FactsFileData, fact: { id: string; inferred?: true; alsoSources?: string[] }, field: string, id: string) => {
    if (fact.inferred !== true) return;
    const entry = records.get(id);
    if (!entry || entry.label === 'Source') return;
    for (const source of [facts.source, ...(fact.alsoSources ?? [])]) {
      const text = texts.get(source);
      if (text === undefined || (entry.record.sources ?? []).includes(source) || !named(id, text)) continue;
      issues.push({ file: facts.file, record: fact.id, field, message: `links ${id}, which ${source} names but which does not cite it; add ${source} to its sources` });
    }
  };

  for (const facts of dataset.facts) checkFacts(facts);

  function checkFacts(facts: FactsFileData) {
    /** The articles a stated fact cites, with their text. */
    const articles = (fact: { inferred?: true; alsoSources?: string[] }) =>
      fact.inferred === true ? [] : [facts.source, ...(fact.alsoSources ?? [])].flatMap((s) => (texts.has(s) ? [{ source: s, text: texts.get(s)! }] : []));
    const link = (fact: string, field: string, id: string, cited: { source: string; text: string }[]) => {
      for (const { source, text } of cited) {
        if (named(id, text)) continue;
        issues.push({
          file: facts.file,
          record: fact,
          field,
          message: `cites ${source}, whose text does not name ${id} (${listed(id)}); mark the fact inferred with a note, or add the article's spelling to the aliases of ${id}`,
        });
      }
    };
    const wording = (fact: string, field: string, value: string | undefined, cited: { source: string; text: string }[]) => {
      if (value === undefined) return;
      for (const { source, text } of cited) {
        if (!mentions(text, value)) issues.push({ file: facts.file, record: fact, field, message: `"${value}" is not in the text of ${source}; keep the article's own wording` });
      }
    };

    for (const ro of facts.roleObservations) {
      const cited = articles(ro);
      const links: Array<[string, string | undefined]> = [['person', ro.person], ['organization', ro.organization], ['event', ro.event]];
      for (const [field, id] of links) {
        if (id === undefined) continue;
        link(ro.id, field, id, cited);
        uncited(facts, ro, field, id);
      }
      wording(ro.id, 'titleAsWritten', ro.titleAsWritten, cited);
    }
    for (const pa of facts.participations) {
      const cited = articles(pa);
      const links: Array<[string, string | undefined]> = [['person', pa.person], ['event', pa.event], ['bridgePointPlace', pa.bridgePointPlace]];
      for (const [field, id] of links) {
        if (id === undefined) continue;
        link(pa.id, field, id, cited);
        uncited(facts, pa, field, id);
      }
      wording(pa.id, 'titleAtEvent', pa.titleAtEvent, cited);
      wording(pa.id, 'bridgePoint', pa.bridgePoint, cited);
    }
    for (const rel of facts.relations) {
      const cited = articles(rel);
      const links: Array<[string, string]> = [['from', rel.from], ['to', rel.to]];
      for (const field of Object.keys(RELATION_REFERENCE_FIELDS[rel.type] ?? {})) {
        if (typeof rel[field] === 'string') links.push([field, rel[field] as string]);
      }
      for (const [field, id] of links) {
        link(rel.id, field, id, cited);
        uncited(facts, rel, field, id);
      }
    }
  }
  return issues;
}
