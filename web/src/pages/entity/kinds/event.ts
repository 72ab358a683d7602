import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, ref, refs, section, type KindSections } from '../sections.js';

interface Event {
  kind: string;
  datePartial: PartialDate | null;
  online: boolean | null;
  place: Ref | null;
  organizers: Ref[];
  attendingOrganizations: Ref[];
  participants: { role: string; titleAtEvent: string | null; bridgePoint: string | null; person: Ref; sources: SourceId[] }[];
  presentations: { model: Ref; presentedBy: Ref | null; sources: SourceId[] }[];
  programs: Ref[];
  campaigns: Ref[];
  awards: Ref[];
}

export const eventSections: KindSections<Event> = {
  fields: /* GraphQL */ `
    ... on Event {
      kind datePartial { text } online
      place { id name }
      organizers { id name }
      attendingOrganizations { id name }
      participants { role titleAtEvent bridgePoint person { id name } sources { id } }
      presentations { model { id name } presentedBy { id name } sources { id } }
      programs { id name }
      campaigns { id name }
      awards { id name }
    }
  `,
  render(event, { cite }) {
    return [
      facts([
        ['Loại', label('EventKind', event.kind)],
        ['Thời gian', formatPartial(event.datePartial)],
        ['Hình thức', event.online === null ? null : event.online ? 'Trực tuyến' : 'Trực tiếp'],
        ['Địa điểm', ref('Place', event.place)],
        ['Đơn vị tổ chức', refs('Organization', event.organizers)],
        ['Đơn vị dự', refs('Organization', event.attendingOrganizations)],
        ['Chương trình', refs('Program', event.programs)],
        ['Phong trào', refs('Campaign', event.campaigns)],
        ['Khen thưởng', refs('Award', event.awards)],
      ]),
      section(
        'Thành phần tham dự',
        list(
          event.participants.map((p) => [
            h('strong', null, label('ParticipationRole', p.role)),
            ': ',
            entityLink('Person', p.person),
            p.titleAtEvent ? ` — ${p.titleAtEvent}` : '',
            p.bridgePoint ? ` (điểm cầu ${p.bridgePoint})` : '',
            cite(p.sources),
          ]),
        ),
      ),
      section(
        'Mô hình được giới thiệu',
        list(
          event.presentations.map((p) => [
            entityLink('Model', p.model),
            p.presentedBy ? [' — trình bày: ', entityLink('Person', p.presentedBy)] : '',
            cite(p.sources),
          ]),
        ),
      ),
    ];
  },
};
