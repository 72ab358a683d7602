import type { ArticleMetadata } from './metadata.js';

/**
 * An article's metadata from its page: Open Graph and article meta tags,
 * JSON-LD (read as data, never run), `<time datetime>`, then the byline
 * conventions. Dates keep the publisher's own calendar day
 * ("2023-03-30T17:10:00+07:00" → "2023-03-30").
 */
interface Doc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

function meta(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** The calendar day an ISO or Vietnamese date string names. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const vn = /(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})/.exec(value);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function articleObjects(value: Json, out: Record<string, Json>[] = []): Record<string, Json>[] {
  if (Array.isArray(value)) for (const v of value) articleObjects(v, out);
  else if (value && typeof value === 'object') {
    const type = value['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|NewsArticle|Report/.test(t))) out.push(value);
    if (value['@graph']) articleObjects(value['@graph'], out);
  }
  return out;
}

function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter((n) => n !== null).join(', ') || null;
  if (value && typeof value === 'object' && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

export function htmlMetadata(doc: Doc, _html: string): Partial<ArticleMetadata> {
  const ld: Record<string, Json>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      articleObjects(JSON.parse(scripts[i]!.textContent ?? '') as Json, ld);
    } catch {
      // A broken JSON-LD block says nothing; the other sources still may.
    }
  }
  const first = ld[0];
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const author = meta(doc, 'author', 'article:author', 'dc.creator');
  const result: Partial<ArticleMetadata> = {
    title: meta(doc, 'og:title', 'twitter:title', 'title') ?? nameOf(first?.headline) ?? (doc.querySelector('title')?.textContent?.trim() || null),
    publisher: meta(doc, 'og:site_name', 'application-name') ?? nameOf(first?.publisher),
    author: (author && !/^https?:/.test(author) ? author : null) ?? nameOf(first?.author),
    publishedAt: dayOf(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date')) ?? dayOf(typeof first?.datePublished === 'string' ? first.datePublished : null) ?? dayOf(time),
    updatedAt: dayOf(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time')) ?? dayOf(typeof first?.dateModified === 'string' ? first.dateModified : null),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== null && v !== undefined));
}
