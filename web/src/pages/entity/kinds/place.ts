import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, ref, refs, section, type KindSections } from '../sections.js';

interface Succession {
  place: Ref;
  datePartial: PartialDate | null;
  kind: string | null;
  note: string | null;
  sources: SourceId[];
}

interface Place {
  kind: string;
  parent: Ref | null;
  children: Ref[];
  validFromPartial: PartialDate | null;
  validToPartial: PartialDate | null;
  successors: Succession[];
  predecessors: Succession[];
  models: { edges: { node: Ref }[] };
  events: { edges: { node: Ref & { datePartial: PartialDate | null } }[] };
  organizations: { edges: { node: Ref }[] };
}

export const placeSections: KindSections<Place> = {
  fields: /* GraphQL */ `
    ... on Place {
      kind
      parent { id name }
      children { id name }
      validFromPartial { text }
      validToPartial { text }
      successors { place { id name } datePartial { text } kind note sources { id } }
      predecessors { place { id name } datePartial { text } kind note sources { id } }
      models(first: 50) { edges { node { id name } } }
      events(first: 50) { edges { node { id name datePartial { text } } } }
      organizations(first: 50) { edges { node { id name } } }
    }
  `,
  render(place, { cite }) {
    const succession = (s: Succession) => [
      s.kind ? `${label('SuccessionKind', s.kind)} ` : '',
      entityLink('Place', s.place),
      s.datePartial ? ` — ${formatPartial(s.datePartial)}` : '',
      s.note ? ` (${s.note})` : '',
      cite(s.sources),
    ];
    return [
      facts([
        ['Cấp', label('PlaceKind', place.kind)],
        ['Thuộc', ref('Place', place.parent)],
        ['Có hiệu lực từ', formatPartial(place.validFromPartial)],
        ['Đến', formatPartial(place.validToPartial)],
        ['Gồm', refs('Place', place.children)],
        ['Mô hình', refs('Model', place.models.edges.map((e) => e.node))],
        ['Tổ chức đặt tại đây', refs('Organization', place.organizations.edges.map((e) => e.node))],
      ]),
      section('Trở thành', list(place.successors.map(succession))),
      section('Kế thừa từ', list(place.predecessors.map(succession))),
      section(
        'Sự kiện diễn ra tại đây',
        list(place.events.edges.map((e) => [entityLink('Event', e.node), e.node.datePartial ? ` (${formatPartial(e.node.datePartial)})` : ''])),
      ),
    ];
  },
};
