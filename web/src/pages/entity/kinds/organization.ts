import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial, formatSpan } from '../../../ui/dates.js';
import { h, joined } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, inferredMark, list, relatedList, section, type KindSections } from '../sections.js';

interface Succession {
  organization: Ref;
  datePartial: PartialDate | null;
  kind: string | null;
  note: string | null;
  sources: SourceId[];
  inferred: boolean;
  inferenceNote: string | null;
}

interface Organization {
  kind: string;
  level: string | null;
  line: string;
  officeHolders: { title: string; person: Ref; firstSeenPartial: PartialDate; lastSeenPartial: PartialDate; sources: SourceId[] }[];
  /** The holders along the line of succession: one tenure across the units, each observation with its unit. */
  lineHolders: { title: string; person: Ref; firstSeenPartial: PartialDate; lastSeenPartial: PartialDate; sources: SourceId[]; observations: { organization: Ref }[] }[];
  validFromPartial: PartialDate | null;
  validToPartial: PartialDate | null;
  successors: Succession[];
  predecessors: Succession[];
  events: { edges: { relation: string; sources: SourceId[]; inferred: boolean; inferenceNote: string | null; node: Ref & { datePartial: PartialDate | null } }[] };
}

export const organizationSections: KindSections<Organization> = {
  fields: /* GraphQL */ `
    ... on Organization {
      kind level line
      officeHolders { title person { id name } firstSeenPartial { text } lastSeenPartial { text } sources { id } }
      lineHolders: officeHolders(wholeLine: true) { title person { id name } firstSeenPartial { text } lastSeenPartial { text } sources { id } observations { organization { id name } } }
      validFromPartial { text precision }
      validToPartial { text precision }
      successors { organization { id name } datePartial { text precision } kind note sources { id } inferred inferenceNote }
      predecessors { organization { id name } datePartial { text precision } kind note sources { id } inferred inferenceNote }
      events(first: 50) { edges { relation sources { id } inferred inferenceNote node { id name datePartial { text } } } }
    }
  `,
  render(org, context) {
    const { cite } = context;
    // Shown below from the typed fields, claimed so that "Quan hệ" does not repeat them.
    for (const outgoing of [true, false]) context.related('SUCCEEDED_BY', outgoing);
    context.related('HELD_ROLE', false);
    context.related('ORGANIZED', true);
    context.related('ATTENDED', true);
    // "hợp nhất vào Ban Tuyên giáo và Dân vận Trung ương — 03/02/2025 (…)"; a predecessor reads the same from the other end.
    const succession = (s: Succession) => [
      s.kind ? `${label('SuccessionKind', s.kind)} ` : '',
      entityLink('Organization', s.organization),
      s.datePartial ? ` — ${formatPartial(s.datePartial)}` : '',
      s.note ? ` (${s.note})` : '',
      inferredMark(s.inferred, s.inferenceNote),
      cite(s.sources),
    ];
    return [
      facts([
        ['Loại', label('OrganizationKind', org.kind)],
        ['Cấp', label('OrganizationLevel', org.level)],
        ['Khối', label('OrganizationLine', org.line)],
        ['Địa bàn', relatedList(context, 'LOCATED_IN', true)],
        ['Trực thuộc', relatedList(context, 'PART_OF', true)],
        ['Đơn vị trực thuộc', relatedList(context, 'PART_OF', false)],
        ['Chương trình phối hợp', relatedList(context, 'PARTY_TO', true, '; ')],
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
      // Only for a body with a line: the same title held through a merger reads as one tenure, with the bodies it was seen at.
      org.predecessors.length + org.successors.length > 0
        ? section(
            'Người giữ chức qua các tổ chức tiền thân và kế tục',
            list(
              org.lineHolders.map((holder) => {
                const units = [...new Map(holder.observations.map((o) => [o.organization.id, o.organization])).values()];
                return [
                  h('strong', null, holder.title),
                  ' — ',
                  entityLink('Person', holder.person),
                  ` (${formatSpan(holder.firstSeenPartial, holder.lastSeenPartial)}) — tại `,
                  joined(units.map((unit) => entityLink('Organization', unit)), ', '),
                  cite(holder.sources),
                ];
              }),
            ),
          )
        : null,
      section(
        'Sự kiện',
        list(
          org.events.edges.map((edge) => [
            `${label('OrganizationEventRelation', edge.relation)}: `,
            entityLink('Event', edge.node),
            edge.node.datePartial ? ` (${formatPartial(edge.node.datePartial)})` : '',
            inferredMark(edge.inferred, edge.inferenceNote),
            cite(edge.sources),
          ]),
        ),
      ),
    ];
  },
};
