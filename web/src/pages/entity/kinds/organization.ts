import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial, formatSpan } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, ref, refs, section, type KindSections } from '../sections.js';

interface Succession {
  organization: Ref;
  datePartial: PartialDate | null;
  kind: string | null;
  note: string | null;
  sources: SourceId[];
}

interface Organization {
  kind: string;
  level: string | null;
  line: string;
  place: Ref | null;
  parent: Ref | null;
  children: Ref[];
  officeHolders: { title: string; person: Ref; firstSeenPartial: PartialDate; lastSeenPartial: PartialDate; sources: SourceId[] }[];
  programs: Ref[];
  validFromPartial: PartialDate | null;
  validToPartial: PartialDate | null;
  successors: Succession[];
  predecessors: Succession[];
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
      validFromPartial { text }
      validToPartial { text }
      successors { organization { id name } datePartial { text } kind note sources { id } }
      predecessors { organization { id name } datePartial { text } kind note sources { id } }
      events(first: 50) { edges { relation sources { id } node { id name datePartial { text } } } }
    }
  `,
  render(org, { cite }) {
    // "hợp nhất vào Ban Tuyên giáo và Dân vận Trung ương — 03/02/2025 (…)"; a predecessor reads the same from the other end.
    const succession = (s: Succession) => [
      s.kind ? `${label('SuccessionKind', s.kind)} ` : '',
      entityLink('Organization', s.organization),
      s.datePartial ? ` — ${formatPartial(s.datePartial)}` : '',
      s.note ? ` (${s.note})` : '',
      cite(s.sources),
    ];
    return [
      facts([
        ['Loại', label('OrganizationKind', org.kind)],
        ['Cấp', label('OrganizationLevel', org.level)],
        ['Khối', label('OrganizationLine', org.line)],
        ['Địa bàn', ref('Place', org.place)],
        ['Trực thuộc', ref('Organization', org.parent)],
        ['Đơn vị trực thuộc', refs('Organization', org.children)],
        ['Chương trình phối hợp', refs('Program', org.programs)],
        ['Hoạt động từ', formatPartial(org.validFromPartial)],
        ['Đến', formatPartial(org.validToPartial)],
      ]),
      section('Trở thành', list(org.successors.map(succession))),
      section('Kế thừa từ', list(org.predecessors.map(succession))),
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
