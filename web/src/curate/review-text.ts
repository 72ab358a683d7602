import { h } from '../ui/dom.js';
import { evidenceSegments } from './evidence-segments.js';
import type { Proposal } from './review-api.js';

export interface ArticleView {
  element: HTMLElement;
  /** Marks the evidence of one proposal (null: none) and scrolls the text to its first piece. */
  highlight(slug: string | null): void;
}

/**
 * The article's text with every proposal's evidence marked. A piece of text
 * that supports several proposals is one <mark> naming them all (its shade
 * deepens with their number). Clicking a mark chooses its proposal, and the
 * next one on another click; choosing a proposal marks its evidence and
 * scrolls the text, and only the text, to it.
 */
export function articleView(text: string, proposals: readonly Proposal[], onChoose: (slug: string) => void): ArticleView {
  const ranges = proposals.flatMap((p) => p.evidence.map((e) => ({ start: e.start, end: e.end, key: p.slug })));
  const marks = new Map<string, HTMLElement[]>();
  const body = h('div', { class: 'article-text', lang: 'vi' });
  let current: string | null = null;
  for (const segment of evidenceSegments(text, ranges)) {
    const piece = text.slice(segment.start, segment.end);
    if (segment.keys.length === 0) {
      body.append(piece);
      continue;
    }
    const mark = h('mark', { class: `depth-${Math.min(segment.keys.length, 3)}`, 'data-proposals': segment.keys.join(' ') }, piece);
    for (const key of segment.keys) marks.set(key, [...(marks.get(key) ?? []), mark]);
    mark.addEventListener('click', () => {
      // Another click on the same piece goes on to the next proposal it supports.
      const at = segment.keys.indexOf(current ?? '');
      onChoose(segment.keys[(at + 1) % segment.keys.length]!);
    });
    body.append(mark);
  }
  const element = h('div', { class: 'article-scroll', tabindex: '0', role: 'region', 'aria-label': 'Nội dung bài, các đoạn làm căn cứ được tô màu' }, body);
  return {
    element,
    highlight(slug) {
      for (const mark of marks.get(current ?? '') ?? []) mark.classList.remove('current');
      current = slug;
      const chosen = marks.get(slug ?? '') ?? [];
      for (const mark of chosen) mark.classList.add('current');
      const first = chosen[0];
      if (!first) return;
      // Scroll the text's own box, not the page: the proposal stays where the reviewer is.
      const box = element.getBoundingClientRect();
      const at = first.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) element.scrollTop += at.top - box.top - element.clientHeight / 3;
    },
  };
}
