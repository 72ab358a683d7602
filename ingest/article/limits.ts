/**
 * What an article may be. A saved news page is a few hundred kilobytes; the
 * limits leave room for heavy pages while keeping one extraction well under a
 * second (docs/benchmarks/extraction.md).
 */
export const ARTICLE_LIMITS = {
  /** Bytes of the file as given (HTML or text). */
  maxInputBytes: 5 * 1024 * 1024,
  /** Characters of the article's text after extraction and normalisation (about 15,000 words). */
  maxTextChars: 100_000,
  /** Fewer characters than this in an HTML page's main content: no article body. */
  minBodyChars: 200,
} as const;
