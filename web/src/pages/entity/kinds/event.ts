import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h, joined } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { citedRefs, facts, inferredMark, list, relatedList, section, type KindSections, type SectionContext } from '../sections.js';

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
        ['Chương trình', programs(event, context)],
        ['Phong trào', citedRefs(context, 'Campaign', event.campaigns, 'REVIEWED_AT', false)],
        ['Khen thưởng', citedRefs(context, 'Award', event.awards, 'AWARDED_AT', false)],
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

/** The programs signed or reviewed at the event, each with the citation of the relationship that says which. */
function programs(event: Event, context: SectionContext) {
  const signed = citedRefs(context, 'Program', event.programs.filter((p) => context.related('SIGNED_AT', false, p.id).length > 0), 'SIGNED_AT', false);
  const reviewed = citedRefs(context, 'Program', event.programs.filter((p) => context.related('REVIEWED_AT', false, p.id).length > 0), 'REVIEWED_AT', false);
  const other = event.programs.filter((p) => context.related('SIGNED_AT', false, p.id).length === 0 && context.related('REVIEWED_AT', false, p.id).length === 0);
  return joined([signed ? ['ký kết: ', signed] : null, reviewed ? ['sơ kết, tổng kết: ', reviewed] : null, other.length ? joined(other.map((p) => entityLink('Program', p))) : null].filter(Boolean), '; ');
}
