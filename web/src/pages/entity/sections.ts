import type { Ref } from '../../api/types.js';
import type { Citations } from '../../ui/citations.js';
import { h, joined, type Child } from '../../ui/dom.js';
import { entityLink } from '../../ui/links.js';

/** What every kind's section renderer gets: the node and the page's notes. */
export interface SectionContext {
  cite: Citations['cite'];
}

/** How one kind of entity extends the entity page: the fields it asks for and how it shows them. */
export interface KindSections<T> {
  /** A GraphQL selection on the kind (`... on Person { … }`); may spread `...Cite`. */
  fields: string;
  render(node: T, context: SectionContext): Child[];
}

export function section(title: string, ...content: Child[]): HTMLElement | null {
  const body = (content as unknown[]).flat(10).filter((c) => c !== null && c !== undefined && c !== false);
  if (body.length === 0) return null;
  return h('section', { class: 'panel' }, h('h2', null, title), ...content);
}

/** A list of label → value rows; rows without a value are left out. */
export function facts(rows: [string, Child][]): HTMLElement | null {
  const present = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  if (present.length === 0) return null;
  return h('dl', { class: 'facts' }, present.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
}

/** Links to entities of one kind, comma separated; null when there are none. */
export function refs(typename: string, items: readonly Ref[] | null | undefined): Child {
  if (!items || items.length === 0) return null;
  return joined(items.map((item) => entityLink(typename, item)));
}

export function ref(typename: string, item: Ref | null | undefined): Child {
  return item ? entityLink(typename, item) : null;
}

/** A bulleted list; null when empty so the section disappears. */
export function list(items: Child[]): HTMLElement | null {
  return items.length ? h('ul', { class: 'list' }, items.map((item) => h('li', null, item))) : null;
}
