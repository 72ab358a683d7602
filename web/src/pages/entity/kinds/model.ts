import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, refs, section, type KindSections } from '../sections.js';

interface Model {
  category: string | null;
  firstSeenPartial: PartialDate | null;
  origin: { place: Ref; sincePartial: PartialDate | null; sources: SourceId[] } | null;
  adoptions: { place: Ref; sincePartial: PartialDate | null; sources: SourceId[] }[];
  presentations: { event: Ref & { datePartial: PartialDate | null }; presentedBy: Ref | null; sources: SourceId[] }[];
  programs: Ref[];
  campaigns: Ref[];
  contacts: Ref[];
}

export const modelSections: KindSections<Model> = {
  fields: /* GraphQL */ `
    ... on Model {
      category
      firstSeenPartial { text }
      origin { place { id name } sincePartial { text } sources { id } }
      adoptions { place { id name } sincePartial { text } sources { id } }
      presentations { event { id name datePartial { text } } presentedBy { id name } sources { id } }
      programs { id name }
      campaigns { id name }
      contacts { id name }
    }
  `,
  render(model, { cite }) {
    return [
      facts([
        ['Lĩnh vực', model.category],
        ['Ghi nhận lần đầu', formatPartial(model.firstSeenPartial)],
        ['Nơi khởi nguồn', model.origin ? [entityLink('Place', model.origin.place), model.origin.sincePartial ? ` — từ ${formatPartial(model.origin.sincePartial)}` : '', cite(model.origin.sources)] : null],
        ['Chương trình hỗ trợ', refs('Program', model.programs)],
        ['Đầu mối liên hệ', refs('Organization', model.contacts)],
        ['Phong trào', refs('Campaign', model.campaigns)],
      ]),
      section(
        'Nơi nhân rộng',
        list(
          model.adoptions.map((a) => [
            entityLink('Place', a.place),
            a.sincePartial ? ` — từ ${formatPartial(a.sincePartial)}` : '',
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
            cite(p.sources),
          ]),
        ),
      ),
    ];
  },
};
