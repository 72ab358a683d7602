import type { EntityRef, Ref, SourceId } from '../../api/types.js';
import type { Citations } from '../../ui/citations.js';
import { h, joined, type Child } from '../../ui/dom.js';
import { entityLink } from '../../ui/links.js';

/** A relationship of the entity as the page's query selects it (relationships.ts). */
export interface RelationshipEdge {
  outgoing: boolean;
  node: EntityRef;
  relationship: { type: string; label: string | null; inferred: boolean; inferenceNote: string | null; sources: SourceId[] };
}

/** What every kind's section renderer gets: the page's notes and the entity's relationships. */
export interface SectionContext {
  cite: Citations['cite'];
  /**
   * The entity's relationships of one type, read from this end (`outgoing`:
   * stored from this entity). A kind that shows them among its own facts
   * takes them through here, so the "Quan hệ" section does not repeat them:
   * every fact is shown once, with its citation and inference mark. With
   * `id`, only the relationship linking to that entity.
   */
  related(type: string, outgoing: boolean, id?: string): RelationshipEdge[];
  /** Aborted when the reader leaves the page: for what a section fetches after it is drawn. */
  signal: AbortSignal;
}

/** How one kind of entity extends the entity page: the fields it asks for and how it shows them. */
export interface KindSections<T> {
  /** A GraphQL selection on the kind (`... on Person { … }`); may spread the fragments of api/fragments.ts. */
  fields: string;
  render(node: T, context: SectionContext): Child[];
}

/** "(suy luận)" after an inferred fact; the note says why, on hover and to screen readers. */
export function inferredMark(inferred: boolean, note: string | null | undefined): HTMLElement | null {
  if (!inferred) return null;
  return h('span', { class: 'inferred', title: note ?? '' }, ' (suy luận', note ? h('span', { class: 'visually-hidden' }, `: ${note}`) : null, ')');
}

/** The entity at the other end of a relationship, linked, with the relationship's inference mark and citation. */
export function relatedItem(edge: RelationshipEdge, cite: Citations['cite'], ...detail: Child[]): Child[] {
  return [entityLink(edge.node.__typename, edge.node), ...detail, inferredMark(edge.relationship.inferred, edge.relationship.inferenceNote), cite(edge.relationship.sources)];
}

/**
 * The inference mark and citation of the relationship of one type linking the
 * entity to `id`, claimed (so "Quan hệ" does not repeat it): for a fact a kind
 * shows from its own typed fields, with details the relationship does not
 * carry (an event's date). Nothing when the relationship is not among those read.
 */
export function citeRelated(context: SectionContext, type: string, outgoing: boolean, id: string): Child[] {
  const edges = context.related(type, outgoing, id);
  const sources = edges.flatMap((edge) => edge.relationship.sources);
  const inferred = edges.find((edge) => edge.relationship.inferred);
  return [inferred ? inferredMark(true, inferred.relationship.inferenceNote) : null, context.cite(sources)];
}

/** Links to entities of one kind, each with the citation of the relationship that links it; null when there are none. */
export function citedRefs(context: SectionContext, typename: string, items: readonly Ref[] | null | undefined, type: string, outgoing: boolean, separator: Child = ', '): Child {
  if (!items || items.length === 0) return null;
  return joined(
    items.map((item) => [entityLink(typename, item), citeRelated(context, type, outgoing, item.id)]),
    separator,
  );
}

/** The entities of one relationship type, each linked with its inference mark and citation; null when none. */
export function relatedList(context: SectionContext, type: string, outgoing: boolean, separator: Child = ', '): Child {
  const items = context.related(type, outgoing).map((edge) => relatedItem(edge, context.cite));
  return items.length ? joined(items, separator) : null;
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
