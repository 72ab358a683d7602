import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, inferredMark, list, refs, relatedList, section, type KindSections } from '../sections.js';

interface Event {
  kind: string;
  datePartial: PartialDate | null;
  online: boolean | null;
  participants: { role: string; titleAtEvent: string | null; bridgePoint: string | null; person: Ref; sources: SourceId[]; inferred: boolean; inferenceNote: string | null }[];
  presentations: { model: Ref; presentedBy: Ref | null; sources: SourceId[]; inferred: boolean; inferenceNote: string | null }[];
  programs: Ref[];
  campaigns: Ref[];
  awards: Ref[];
}

export const eventSections: KindSections<Event> = {
  fields: /* GraphQL */ `
    ... on Event {
      kind datePartial { text } online
      participants { role titleAtEvent bridgePoint person { id name } sources { id } inferred inferenceNote }
      presentations { model { id name } presentedBy { id name } sources { id } inferred inferenceNote }
      programs { id name }
      campaigns { id name }
      awards { id name }
    }
  `,
  render(event, context) {
    const { cite, related } = context;
    // Participants and presentations are shown here with their citations; "Quan hệ" does not repeat them.
    related('PARTICIPATED_IN', false);
    related('PRESENTED_AT', false);
    return [
      facts([
        ['Loại', label('EventKind', event.kind)],
        ['Thời gian', formatPartial(event.datePartial)],
        ['Hình thức', event.online === null ? null : event.online ? 'Trực tuyến' : 'Trực tiếp'],
        ['Địa điểm', relatedList(context, 'HELD_IN', true)],
        ['Đơn vị tổ chức', relatedList(context, 'ORGANIZED', false)],
        ['Đơn vị dự', relatedList(context, 'ATTENDED', false)],
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
            inferredMark(p.inferred, p.inferenceNote),
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
            inferredMark(p.inferred, p.inferenceNote),
            cite(p.sources),
          ]),
        ),
      ),
    ];
  },
};
