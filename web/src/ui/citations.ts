import { fetchSources } from '../api/sources.js';
import type { SourceRef } from '../api/types.js';
import { formatPartial } from './dates.js';
import { h } from './dom.js';
import { entityUrl } from './kinds.js';

/**
 * The sources of one page as numbered notes: every fact carries its note
 * numbers ([1][2]) and the page ends with the list, each source with its
 * publisher, title and date (also shown when hovering a number). A source
 * cited by many facts is listed once. Facts are rendered knowing only their
 * sources' ids; `list()` fetches the details of all of them at once.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly marks: { id: string; mark: HTMLAnchorElement }[] = [];

  /** The note marks of a fact; nothing when the fact has no source (a source page itself). */
  cite(sources: readonly { id: string }[] | null | undefined): HTMLElement | null {
    if (!sources || sources.length === 0) return null;
    const marks = sources.map(({ id }) => {
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
      }
      const mark = h('a', { href: `#nguon-${n}`, class: 'cite', 'data-external': '' }, `[${n}]`);
      this.marks.push({ id, mark });
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
    for (const { id, mark } of this.marks) {
      const source = sources.get(id);
      if (source) mark.title = describeSource(source);
    }
    return h(
      'ol',
      { class: 'sources' },
      [...this.numbers.keys()].map((id, index) => {
        const source = sources.get(id);
        return h('li', { id: `nguon-${index + 1}` }, source ? sourceLine(source) : h('a', { href: entityUrl('Source', id) }, 'Nguồn'));
      }),
    );
  }
}

/** "Publisher · Title · date", as one line of plain text. */
export function describeSource(source: SourceRef): string {
  return [publisherOf(source), source.title, formatPartial(source.publishedAtPartial) || 'không rõ ngày'].filter(Boolean).join(' · ');
}

/** Publisher, linked title and date of a source. */
export function sourceLine(source: SourceRef): HTMLElement {
  const publisher = publisherOf(source);
  return h(
    'span',
    { class: 'source' },
    publisher ? h('span', { class: 'publisher' }, publisher) : null,
    h('a', { href: entityUrl('Source', source.id) }, source.title),
    h('span', { class: 'date' }, formatPartial(source.publishedAtPartial) || 'không rõ ngày'),
  );
}

function publisherOf(source: SourceRef): string {
  return source.publisher ?? source.publishedBy?.name ?? '';
}
