import { fetchSources } from '../api/sources.js';
import type { SourceRef } from '../api/types.js';
import { formatPartial } from './dates.js';
import { h, type Child } from './dom.js';
import { entityUrl } from './kinds.js';

/**
 * The sources of one page as numbered notes: every fact carries its note
 * numbers ([1][2]) and the page ends with the list. A number is a link to its
 * note and each note links back to every fact that cites it, so a reader goes
 * from a fact to its source and back on a phone as on a desktop (the router
 * leaves such in-page links to the browser). A source cited by many facts is
 * listed once. Facts are rendered knowing only their sources' ids; `list()`
 * fetches the details of all of them at once.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  /** The marks citing each note, in page order: their ids are the notes' ways back. */
  private readonly marks = new Map<number, HTMLAnchorElement[]>();

  /** The note marks of a fact; nothing when the fact has no source (a source page itself). */
  cite(sources: readonly { id: string }[] | null | undefined): HTMLElement | null {
    if (!sources || sources.length === 0) return null;
    const marks = [...new Set(sources.map((s) => s.id))].map((id) => {
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
      }
      const uses = this.marks.get(n) ?? [];
      const mark = h('a', { href: `#nguon-${n}`, id: `trich-${n}-${uses.length + 1}`, class: 'cite', 'data-external': '', 'aria-label': `Nguồn ${n}` }, `[${n}]`);
      uses.push(mark);
      this.marks.set(n, uses);
      return mark;
    });
    return h('sup', { class: 'cites' }, ...marks);
  }

  get count(): number {
    return this.numbers.size;
  }

  /** The numbered list of every source cited so far; also gives each mark its hover text. */
  async list(signal?: AbortSignal): Promise<HTMLElement> {
    const sources = await fetchSources(this.numbers.keys(), signal);
    for (const [id, n] of this.numbers) {
      const source = sources.get(id);
      if (source) for (const mark of this.marks.get(n) ?? []) mark.title = describeSource(source);
    }
    return h(
      'ol',
      { class: 'sources' },
      [...this.numbers].map(([id, n]) => {
        const source = sources.get(id);
        return h(
          'li',
          { id: `nguon-${n}`, tabindex: '-1' },
          source ? sourceLine(source) : h('a', { href: entityUrl('Source', id) }, 'Nguồn'),
          this.backLinks(n),
        );
      }),
    );
  }

  /** "↩ 1 2": back to each fact citing note n. */
  private backLinks(n: number): HTMLElement {
    const uses = this.marks.get(n) ?? [];
    return h(
      'span',
      { class: 'backrefs' },
      uses.map((mark, i) =>
        h(
          'a',
          { href: `#${mark.id}`, class: 'backref', 'data-external': '', 'aria-label': uses.length === 1 ? 'Quay lại chỗ trích dẫn' : `Quay lại chỗ trích dẫn thứ ${i + 1}` },
          uses.length === 1 ? '↩' : `↩${i + 1}`,
        ),
      ),
    );
  }
}

/** "Publisher · Title · date", as one line of plain text (a mark's hover text). */
export function describeSource(source: SourceRef): string {
  return [publisherOf(source), source.title, sourceDate(source)].filter(Boolean).join(' · ');
}

/**
 * The article's own date at the precision it is known ("30/3/2023", "tháng
 * 6/2025"); a date the page shows that is not the publication date is named
 * as such, never passed off as it.
 */
export function sourceDate(source: SourceRef): string {
  if (source.publishedAtPartial) return `đăng ${formatPartial(source.publishedAtPartial)}`;
  if (source.pageDatePartial) return `không rõ ngày đăng (trang ghi ${formatPartial(source.pageDatePartial)})`;
  return 'không rõ ngày đăng';
}

/** Publisher, linked title, date and the address the article was read at (a link out). */
export function sourceLine(source: SourceRef): HTMLElement {
  const publisher = publisherOf(source);
  return h(
    'span',
    { class: 'source' },
    publisher ? h('span', { class: 'publisher' }, publisher) : null,
    h('a', { href: entityUrl('Source', source.id) }, source.title),
    h('span', { class: 'date' }, sourceDate(source)),
    source.url ? originalLink(source.url, 'Đọc bài gốc') : null,
  );
}

/**
 * A link to where a source was published, opened in a new tab. The writers
 * accept only http(s) addresses, but an imported graph is not theirs to vouch
 * for: anything else is shown as text, never as a link.
 */
export function originalLink(url: string, text?: Child): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return h('span', { class: 'address' }, url);
  return h(
    'a',
    { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' },
    text ?? url,
    text ? h('span', { class: 'host' }, ` (${hostOf(url)})`) : null,
    h('span', { class: 'visually-hidden' }, ', mở trong thẻ mới'),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function publisherOf(source: SourceRef): string {
  return source.publisher ?? source.publishedBy?.name ?? '';
}
