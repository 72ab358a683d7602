import { IngestError } from '../errors.js';
import { normaliseText } from '../text/normalise.js';
import { assertArticleCharacters } from './characters.js';
import { decodeBytes } from './decode.js';
import { readHtmlArticle } from './html-article.js';
import { ARTICLE_LIMITS } from './limits.js';
import type { ArticleMetadata } from './metadata.js';
import { textMetadata } from './text-article.js';

/**
 * Stage 0: taking an article in. Bytes (a saved HTML page or a text file) or a
 * string → the article's normalised plain text and its metadata. Refusals are
 * `IngestError`s: EMPTY, BINARY, TOO_LARGE, UNKNOWN_ENCODING, NOT_TEXT (control,
 * bidirectional formatting or unpaired surrogate characters in the article),
 * NO_ARTICLE_BODY, FUTURE_DATE.
 */
export interface Article {
  /** Normalised plain text (stage 1 applied): every evidence range refers to it. */
  text: string;
  metadata: ArticleMetadata;
  format: 'html' | 'text';
  /** The encoding the bytes were read in (absent for a string). */
  encoding?: string;
}

export interface ReadArticleOptions {
  /** 'html' or 'text'; guessed from the content when absent. */
  format?: 'html' | 'text';
  /** Today, for the future-date check (tests pass a fixed day). */
  now?: Date;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(text) || /<(?:article|div|p)[\s>][\s\S]*<\/(?:article|div|p)>/i.test(text.slice(0, 20000));
}

/** Whatever markup-like text remains (a text article's tags, a page's escaped "&lt;script&gt;") is dropped: the output is plain text. */
function plain(text: string): string {
  return text.replace(/<\/?[A-Za-z][^<>]*>/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
}

export function readArticle(input: Uint8Array | string, options: ReadArticleOptions = {}): Article {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > ARTICLE_LIMITS.maxInputBytes) throw new IngestError('TOO_LARGE', `the file is ${size} bytes; at most ${ARTICLE_LIMITS.maxInputBytes} are read`);
  let raw: string;
  let encoding: string | undefined;
  if (typeof input === 'string') {
    if (input.includes('\u0000')) throw new IngestError('BINARY', 'the text holds NUL characters: it is binary, not text');
    raw = input;
  } else {
    const head = Buffer.from(input.subarray(0, 2048)).toString('latin1');
    const decoded = decodeBytes(input, options.format ? options.format === 'html' : looksLikeHtml(head));
    raw = decoded.text;
    encoding = decoded.encoding;
  }
  if (raw.trim() === '') throw new IngestError('EMPTY', 'the file holds no text');
  const format = options.format ?? (looksLikeHtml(raw) ? 'html' : 'text');
  let text: string;
  let metadata: ArticleMetadata;
  if (format === 'html') {
    const article = readHtmlArticle(raw);
    // The article, not the page: a script or a style may hold anything.
    for (const field of ['title', 'publisher', 'author'] as const) if (article.metadata[field]) assertArticleCharacters(article.metadata[field]!, `the page's ${field}`);
    assertArticleCharacters(article.text, "the article's text");
    text = normaliseText(plain(article.text));
    metadata = article.metadata;
  } else {
    assertArticleCharacters(raw, 'the text');
    text = normaliseText(plain(raw));
    metadata = textMetadata(text);
  }
  if (text === '') throw new IngestError('EMPTY', 'the file holds no text');
  if (text.length > ARTICLE_LIMITS.maxTextChars) throw new IngestError('TOO_LARGE', `the article's text is ${text.length} characters; at most ${ARTICLE_LIMITS.maxTextChars} are extracted`);
  for (const field of ['title', 'publisher', 'author'] as const) if (metadata[field]) metadata[field] = normaliseText(metadata[field]!);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  for (const field of ['publishedAt', 'updatedAt'] as const) {
    const day = metadata[field];
    if (day && day > today) throw new IngestError('FUTURE_DATE', `the article's ${field === 'publishedAt' ? 'publication' : 'update'} date ${day} is in the future (today is ${today})`);
  }
  const article: Article = { text, metadata, format };
  if (encoding) article.encoding = encoding;
  return article;
}
