import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h, joined } from '../../../ui/dom.js';
import { entityLink } from '../../../ui/links.js';
import { facts, inferredMark, list, relatedItem, section, type KindSections } from '../sections.js';

interface Model {
  category: string | null;
  firstSeenPartial: PartialDate | null;
  /** Read for its date only: the place and citation come from the ORIGINATED_IN relationship. */
  origin: { place: Ref; sincePartial: PartialDate | null } | null;
  adoptions: { place: Ref; sincePartial: PartialDate | null; sources: SourceId[]; inferred: boolean; inferenceNote: string | null }[];
  presentations: { event: Ref & { datePartial: PartialDate | null }; presentedBy: Ref | null; sources: SourceId[]; inferred: boolean; inferenceNote: string | null }[];
}

/**
 * A model's page: where it started, what backs it and which campaign it is
 * part of are read off its relationships, each with its citation and
 * inference mark, and are therefore not repeated under "Quan hệ"; so are the
 * places that took it up and the events it was presented at.
 */
export const modelSections: KindSections<Model> = {
  fields: /* GraphQL */ `
    ... on Model {
      category
      firstSeenPartial { text }
      origin { place { id name } sincePartial { text } }
      adoptions { place { id name } sincePartial { text } sources { id } inferred inferenceNote }
      presentations { event { id name datePartial { text } } presentedBy { id name } sources { id } inferred inferenceNote }
    }
  `,
  render(model, { cite, related }) {
    const items = (type: string, outgoing: boolean) => related(type, outgoing).map((edge) => relatedItem(edge, cite));
    const since = model.origin?.sincePartial ? ` — từ ${formatPartial(model.origin.sincePartial)}` : '';
    const origin = related('ORIGINATED_IN', true).map((edge) => relatedItem(edge, cite, edge.node.id === model.origin?.place.id ? since : ''));
    const contacts = items('CONTACT_FOR', false);
    const programs = items('BACKS', false);
    const campaigns = items('PART_OF_CAMPAIGN', true);
    // Shown below from the typed fields (a date, a presenter); claimed so that "Quan hệ" leaves them out.
    related('ADOPTED_IN', true);
    related('PRESENTED_AT', true);
    return [
      facts([
        ['Lĩnh vực', model.category],
        ['Ghi nhận lần đầu', formatPartial(model.firstSeenPartial)],
        ['Nơi khởi nguồn', origin.length ? joined(origin) : h('span', { class: 'hint' }, 'chưa ghi nhận')],
        ['Chương trình hỗ trợ', programs.length ? joined(programs, '; ') : h('span', { class: 'hint' }, 'chưa ghi nhận trong các nguồn')],
        ['Đầu mối liên hệ', contacts.length ? joined(contacts, '; ') : null],
        ['Phong trào', campaigns.length ? joined(campaigns, '; ') : null],
      ]),
      section(
        'Nơi nhân rộng',
        list(
          model.adoptions.map((a) => [
            entityLink('Place', a.place),
            a.sincePartial ? ` — từ ${formatPartial(a.sincePartial)}` : '',
            inferredMark(a.inferred, a.inferenceNote),
            cite(a.sources),
          ]),
        ),
      ),
      section(
        'Được giới thiệu tại',
        list(
          model.presentations.map((p) => [
            entityLink('Event', p.event),
            p.event.datePartial ? ` (${formatPartial(p.event.datePartial)})` : '',
            p.presentedBy ? [' — trình bày: ', entityLink('Person', p.presentedBy)] : '',
            inferredMark(p.inferred, p.inferenceNote),
            cite(p.sources),
          ]),
        ),
      ),
    ];
  },
};
