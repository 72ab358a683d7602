import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial, formatSpan } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { inferredMark, list, section, type KindSections } from '../sections.js';

interface Person {
  id: string;
  roles: { title: string; organization: Ref; firstSeenPartial: PartialDate; lastSeenPartial: PartialDate; sources: SourceId[] }[];
  appearances: { totalCount: number; edges: { role: string; titleAtEvent: string | null; sources: SourceId[]; inferred: boolean; inferenceNote: string | null; node: Ref & { datePartial: PartialDate | null } }[] };
  coAppearances: { edges: { count: number; node: Ref }[] };
}

export const personSections: KindSections<Person> = {
  fields: /* GraphQL */ `
    ... on Person {
      roles { title organization { id name } firstSeenPartial { text } lastSeenPartial { text } sources { id } }
      appearances(first: 50) {
        totalCount
        edges { role titleAtEvent sources { id } inferred inferenceNote node { id name datePartial { text } } }
      }
      coAppearances(first: 20) { edges { count node { id name } } }
    }
  `,
  render(person, { cite, related }) {
    // Roles and appearances are shown here with their citations; "Quan hệ" does not repeat them.
    related('HELD_ROLE', true);
    related('PARTICIPATED_IN', true);
    return [
      section(
        'Chức vụ theo thời gian',
        list(
          person.roles.map((role) => [
            h('strong', null, role.title),
            ' — ',
            entityLink('Organization', role.organization),
            ` (${formatSpan(role.firstSeenPartial, role.lastSeenPartial)})`,
            cite(role.sources),
          ]),
        ),
      ),
      section(
        'Tham gia sự kiện',
        list(
          person.appearances.edges.map((edge) => [
            entityLink('Event', edge.node),
            edge.node.datePartial ? ` (${formatPartial(edge.node.datePartial)})` : '',
            ` — ${label('ParticipationRole', edge.role)}`,
            edge.titleAtEvent ? `, với chức danh “${edge.titleAtEvent}”` : '',
            inferredMark(edge.inferred, edge.inferenceNote),
            cite(edge.sources),
          ]),
        ),
      ),
      section(
        'Thường gặp cùng',
        list(person.coAppearances.edges.map((edge) => [entityLink('Person', edge.node), ` — ${edge.count} sự kiện chung`])),
      ),
    ];
  },
};
