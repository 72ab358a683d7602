/** What an article says about itself, as far as its page or text states it. */
export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** The publication date (YYYY-MM-DD), when the page states one. */
  publishedAt: string | null;
  /** A "last updated" date the page states ("Ngày cập nhật"), not the publication date. */
  updatedAt: string | null;
  /** Another date the page shows (a date widget in its header): not evidence of when the article was written. */
  pageDate: string | null;
}

export const EMPTY_METADATA: ArticleMetadata = { title: null, publisher: null, author: null, publishedAt: null, updatedAt: null, pageDate: null };

/** The date a year-less day in the text is read against: the publication date, else the update date. */
export function referenceDate(m: ArticleMetadata): { date: string; field: 'publishedAt' | 'updatedAt' } | null {
  if (m.publishedAt) return { date: m.publishedAt, field: 'publishedAt' };
  if (m.updatedAt) return { date: m.updatedAt, field: 'updatedAt' };
  return null;
}
