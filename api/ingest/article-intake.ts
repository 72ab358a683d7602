import { createHash } from 'node:crypto';
import { readArticle, type Article } from '../../ingest/article/read-article.js';
import { ARTICLE_LIMITS } from '../../ingest/article/limits.js';
import { IngestError } from '../../ingest/errors.js';
import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';
import { Checker } from '../write/checker.js';
import { LIMITS } from '../write/limits.js';

/** An article as a client or the command line hands it in. */
export interface ArticleInput {
  /** The page or text: bytes (a file, in any accepted encoding) or a string. */
  content: Uint8Array | string;
  /** 'html' or 'text'; guessed from the content when absent. */
  format?: 'html' | 'text' | null;
  url?: unknown;
  title?: unknown;
  publisher?: unknown;
  /** YYYY-MM-DD; overrides the date the page states. */
  publishedAt?: unknown;
}

/** An article read, checked and ready to extract, with what identifies it. */
export interface TakenArticle {
  article: Article;
  /** The http(s) URL, normalised (no fragment); null when not given. */
  url: string | null;
  /** SHA-256 of the normalised text: the same text taken in twice is the same Source. */
  textHash: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

const MAX_URL = 2_000;

/** What intake refusals say in the field they concern. */
const REFUSED_FIELD: Record<string, string> = { FUTURE_DATE: 'input.content' };

/**
 * Markup never reaches the store: the intake already turns pages into text,
 * and a text article's tags are dropped; what could still read as a tag (an
 * article quoting "<script>") has its "<" replaced by a lookalike. One
 * character for one, so the evidence ranges computed afterwards hold.
 */
function neutralised(text: string): string {
  return text.replace(/<(?=[/!?A-Za-z])/g, '‹');
}

function normalisedUrl(c: Checker, value: unknown): string | null {
  const text = c.text('input.url', value, { max: MAX_URL });
  if (typeof text !== 'string') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return c.fail('input.url', `"${text.slice(0, 60)}" is not a URL`) ?? null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return c.fail('input.url', 'must be an http or https URL') ?? null;
  url.hash = '';
  return url.toString();
}

/**
 * Stage 0 on the API's side: reads the article with ingest/article (HTML or
 * text, any accepted encoding, within ARTICLE_LIMITS), checks what the caller
 * adds (URL, title, publisher, publication date: a real day, not in the
 * future), and refuses with an InputError naming the field — nothing has been
 * written when it throws. `now` is today, for the future-date checks.
 */
export function takeArticle(input: ArticleInput, now: Date = new Date()): TakenArticle {
  const c = new Checker();
  const url = normalisedUrl(c, input.url);
  const title = c.text('input.title', input.title, { max: LIMITS.name });
  const publisher = c.text('input.publisher', input.publisher, { max: LIMITS.shortText });
  const today = now.toISOString().slice(0, 10);
  let publishedAt: string | null = null;
  if (input.publishedAt !== undefined && input.publishedAt !== null) {
    const parsed = typeof input.publishedAt === 'string' ? parsePartialDate(input.publishedAt) : null;
    if (!parsed || !isPartialDate(parsed) || parsed.precision !== 'DAY') c.fail('input.publishedAt', 'must be a calendar date written YYYY-MM-DD');
    else if (parsed.text > today) c.fail('input.publishedAt', `${parsed.text} is in the future (today is ${today})`);
    else publishedAt = parsed.text;
  }
  // The article is read even when a field beside it is refused, so that one answer names every problem.
  let article: Article | null = null;
  if (typeof input.content === 'string' && input.content.trim() === '') c.fail('input.content', 'is empty: give the article as plain text or an HTML page');
  else {
    try {
      article = readArticle(input.content, { ...(input.format ? { format: input.format } : {}), now });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      c.fail(REFUSED_FIELD[error.code] ?? 'input.content', `${error.message} (${error.code})`);
    }
  }
  // The caller's title, else the article's own: needed only when the caller's was not refused.
  const finalTitle = title ?? article?.metadata.title?.trim();
  if (article && !c.problems.some((p) => p.field === 'input.title')) {
    if (!finalTitle) c.fail('input.title', 'is required: the article states no title of its own');
    else if ([...finalTitle].length > LIMITS.name) c.fail('input.title', `the article's title is longer than ${LIMITS.name} characters: give a shorter one`);
  }
  c.done();
  // Reached only with the article read and titled: anything else recorded a problem above.
  if (!article || !finalTitle) throw new Error('article intake: refused without naming a problem');
  const text = neutralised(article.text);
  const metadata = { ...article.metadata, ...(publishedAt ? { publishedAt } : {}), ...(publisher ? { publisher } : {}), title: finalTitle };
  return {
    article: { ...article, text, metadata },
    url,
    textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: finalTitle,
    publisher: metadata.publisher ?? null,
    publishedAt: metadata.publishedAt ?? null,
  };
}

export { ARTICLE_LIMITS };
