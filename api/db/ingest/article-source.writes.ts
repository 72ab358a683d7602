import type { WriteSession } from '../write/write-session.js';

// Two seeks on the two unique constraints' indexes, rather than one OR that the planner may answer with a label scan.
const BY_URL_OR_TEXT = `MATCH (s:Source {url: $url}) RETURN s.id AS id, s.url AS url, s.textHash AS textHash, 'url' AS by
UNION
MATCH (s:Source {textHash: $textHash}) RETURN s.id AS id, s.url AS url, s.textHash AS textHash, 'text' AS by`;

const BY_ID = 'MATCH (s:Source {id: $id}) RETURN s.id AS id';

export interface ArticleSourceMatch {
  id: string;
  url: string | null;
  textHash: string | null;
  /** Found by its URL or by its text. */
  by: 'url' | 'text';
}

/** The Sources holding this URL or this text, inside the ingestion's transaction. */
export async function sourcesForArticle(session: WriteSession, url: string | null, textHash: string): Promise<ArticleSourceMatch[]> {
  const rows = await session.run(BY_URL_OR_TEXT, { url, textHash });
  return rows.map((r) => ({ id: r.id as string, url: (r.url as string | null) ?? null, textHash: (r.textHash as string | null) ?? null, by: r.by as 'url' | 'text' }));
}

export async function sourceExists(session: WriteSession, id: string): Promise<boolean> {
  return (await session.run(BY_ID, { id })).length > 0;
}
