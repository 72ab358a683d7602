import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial, formatSpan } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, ref, refs, section, type KindSections } from '../sections.js';

interface Organization {
  kind: string;
  level: string | null;
  line: string;
  place: Ref | null;
  parent: Ref | null;
  children: Ref[];
  officeHolders: { title: string; person: Ref; firstSeenPartial: PartialDate; lastSeenPartial: PartialDate; sources: SourceId[] }[];
  programs: Ref[];
  events: { edges: { relation: string; sources: SourceId[]; node: Ref & { datePartial: PartialDate | null } }[] };
}

export const organizationSections: KindSections<Organization> = {
  fields: /* GraphQL */ `
    ... on Organization {
      kind level line
      place { id name }
      parent { id name }
      children { id name }
      officeHolders { title person { id name } firstSeenPartial { text } lastSeenPartial { text } sources { id } }
      programs { id name }
      events(first: 50) { edges { relation sources { id } node { id name datePartial { text } } } }
    }
  `,
  render(org, { cite }) {
    return [
      facts([
        ['Loại', label('OrganizationKind', org.kind)],
        ['Cấp', label('OrganizationLevel', org.level)],
        ['Khối', label('OrganizationLine', org.line)],
        ['Địa bàn', ref('Place', org.place)],
        ['Trực thuộc', ref('Organization', org.parent)],
        ['Đơn vị trực thuộc', refs('Organization', org.children)],
        ['Chương trình phối hợp', refs('Program', org.programs)],
      ]),
      section(
        'Người giữ chức',
        list(
          org.officeHolders.map((holder) => [
            h('strong', null, holder.title),
            ' — ',
            entityLink('Person', holder.person),
            ` (${formatSpan(holder.firstSeenPartial, holder.lastSeenPartial)})`,
            cite(holder.sources),
          ]),
        ),
      ),
      section(
        'Sự kiện',
        list(
          org.events.edges.map((edge) => [
            `${label('OrganizationEventRelation', edge.relation)}: `,
            entityLink('Event', edge.node),
            edge.node.datePartial ? ` (${formatPartial(edge.node.datePartial)})` : '',
            cite(edge.sources),
          ]),
        ),
      ),
    ];
  },
};
