import { sourcesForArticle } from '../db/ingest/article-source.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import { Checker } from '../write/checker.js';
import { checkEntityChange } from '../write/entity-change.js';
import { writeEntityChange } from '../write/entity-write.js';
import { inputError } from '../write/input-error.js';
import { slugFromName } from '../write/slug.js';
import type { TakenArticle } from './article-intake.js';

/** A Source's id: its title as a slug and the start of its text's hash, so two articles with one headline stay apart. */
export function articleSourceId(title: string, textHash: string): string {
  const base = slugFromName('src-', title);
  return base ? `${base}-${textHash.slice(0, 8)}` : `src-${textHash.slice(0, 16)}`;
}

/**
 * The article's fields as a Source create would set them, each checked as
 * createSource checks it. The title, publisher and date are the caller's or
 * were checked by intake; a value the page states that the registry cannot
 * take (an author's line longer than a name) is left out rather than refused.
 */
function sourceFields(taken: TakenArticle): Record<string, unknown> {
  const m = taken.article.metadata;
  const fields: Record<string, unknown> = { title: taken.title, kind: 'ARTICLE' };
  const optional: Record<string, unknown> = { publisher: taken.publisher, author: m.author, publishedAt: taken.publishedAt, pageDate: m.pageDate };
  for (const [key, value] of Object.entries(optional)) {
    if (value === null || value === undefined) continue;
    const probe = new Checker();
    checkEntityChange(probe, 'Source', { title: taken.title, kind: 'ARTICLE', [key]: value }, 'input', 'create');
    if (probe.problems.length === 0) fields[key] = value;
  }
  return fields;
}

/**
 * Finds the article's Source — by its URL, else by its text's hash — or
 * creates it, inside the ingestion's transaction (the unique constraints on
 * both make a concurrent twin retry and find this one). The Source keeps the
 * article's text, its hash and its URL; its creation is audited like any
 * createSource (the text itself is left out of the audit entry: its hash stands for it).
 */
export async function articleSource(session: WriteSession, taken: TakenArticle): Promise<{ id: string; created: boolean }> {
  const found = await sourcesForArticle(session, taken.url, taken.textHash);
  const byUrl = found.find((f) => f.by === 'url');
  if (byUrl) {
    if (byUrl.textHash !== taken.textHash) {
      throw inputError('input.url', `is the URL of the source ${byUrl.id}, which was taken in with another text; an article that changed since is not taken in again (leave out the URL to take this text in as another source)`);
    }
    return { id: byUrl.id, created: false };
  }
  const byText = found.find((f) => f.by === 'text');
  if (byText) {
    if (taken.url && !byText.url) {
      // The same text, now with the URL it came from.
      const change = { label: 'Source' as const, set: { url: taken.url }, addAliases: [], removeAliases: [] };
      await writeEntityChange(session, change, byText.id, [], { create: false, path: 'input', idField: 'input.url' });
    }
    return { id: byText.id, created: false };
  }
  const c = new Checker();
  const change = checkEntityChange(c, 'Source', sourceFields(taken), 'input', 'create');
  c.done();
  change.set.textHash = taken.textHash;
  change.set.text = taken.article.text;
  if (taken.url) change.set.url = taken.url;
  const id = articleSourceId(taken.title, taken.textHash);
  const result = await writeEntityChange(session, change, id, [], { create: true, path: 'input', idField: 'input.title' });
  if (!result.created) throw new Error(`source ${id} exists without the text hash it is named after`);
  return { id, created: true };
}
