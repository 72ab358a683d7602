import type { Citations } from '../../ui/citations.js';
import { h } from '../../ui/dom.js';
import { kindBadge } from '../../ui/links.js';
import { relationshipDetail, relationshipPhrase } from '../../ui/relationship-labels.js';
import { relatedItem, section, type RelationshipEdge } from './sections.js';

export type { RelationshipEdge } from './sections.js';

export const RELATIONSHIPS_FIELDS = /* GraphQL */ `
  relationships(first: 100) {
    totalCount
    edges {
      outgoing
      node { __typename id name }
      relationship { type label inferred inferenceNote sources { id } }
    }
  }
`;

/**
 * The entity's relationships that its kind's own sections did not show,
 * grouped by how they read from here ("giữ chức tại", "tham gia"), each with
 * the entity at the other end as a link, its inference mark and its sources.
 */
export function relationshipsSection(edges: RelationshipEdge[], loaded: number, totalCount: number, cite: Citations['cite']): HTMLElement | null {
  const groups = new Map<string, RelationshipEdge[]>();
  for (const edge of edges) {
    const phrase = relationshipPhrase(edge.relationship.type, edge.outgoing);
    groups.set(phrase, [...(groups.get(phrase) ?? []), edge]);
  }
  const more = totalCount > loaded ? h('p', { class: 'hint' }, `Đã tải ${loaded} trên ${totalCount} quan hệ.`) : null;
  return section(
    'Quan hệ',
    [...groups].map(([phrase, group]) =>
      h(
        'div',
        { class: 'relation-group' },
        h('h3', null, phrase),
        h(
          'ul',
          { class: 'list' },
          group.map((edge) => {
            const detail = relationshipDetail(edge.relationship.type, edge.relationship.label);
            return h('li', null, kindBadge(edge.node.__typename), ' ', relatedItem(edge, cite, detail ? h('span', { class: 'detail' }, ` — ${detail}`) : null));
          }),
        ),
      ),
    ),
    groups.size ? more : null,
  );
}
