import type { EntityRef, SourceId } from '../../api/types.js';
import type { Citations } from '../../ui/citations.js';
import { h } from '../../ui/dom.js';
import { entityLink, kindBadge } from '../../ui/links.js';
import { relationshipDetail, relationshipPhrase } from '../../ui/relationship-labels.js';
import { section } from './sections.js';

export interface RelationshipEdge {
  outgoing: boolean;
  node: EntityRef;
  relationship: { type: string; label: string | null; inferred: boolean; inferenceNote: string | null; sources: SourceId[] };
}

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
 * Every relationship of the entity, grouped by how it reads from here
 * ("giữ chức tại", "tham gia"), each with the entity at the other end as a
 * link and the sources that state it.
 */
export function relationshipsSection(edges: RelationshipEdge[], totalCount: number, cite: Citations['cite']): HTMLElement | null {
  const groups = new Map<string, RelationshipEdge[]>();
  for (const edge of edges) {
    const phrase = relationshipPhrase(edge.relationship.type, edge.outgoing);
    groups.set(phrase, [...(groups.get(phrase) ?? []), edge]);
  }
  const more = totalCount > edges.length ? h('p', { class: 'hint' }, `Hiển thị ${edges.length} trên ${totalCount} quan hệ.`) : null;
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
            return h(
              'li',
              null,
              kindBadge(edge.node.__typename),
              ' ',
              entityLink(edge.node.__typename, edge.node),
              detail ? h('span', { class: 'detail' }, ` — ${detail}`) : null,
              edge.relationship.inferred ? h('span', { class: 'inferred', title: edge.relationship.inferenceNote ?? '' }, ' (suy luận)') : null,
              cite(edge.relationship.sources),
            );
          }),
        ),
      ),
    ),
    more,
  );
}
