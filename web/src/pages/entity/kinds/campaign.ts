import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { citedRefs, citeRelated, facts, list, section, type KindSections } from '../sections.js';

interface Campaign {
  kind: string;
  year: number | null;
  models: { edges: { node: Ref }[] };
  reviewedAt: (Ref & { datePartial: PartialDate | null })[];
  documents: Ref[];
  awards: Ref[];
}

export const campaignSections: KindSections<Campaign> = {
  fields: /* GraphQL */ `
    ... on Campaign {
      kind year
      models(first: 50) { edges { node { id name } } }
      reviewedAt { id name datePartial { text } }
      documents { id name }
      awards { id name }
    }
  `,
  render(campaign, context) {
    return [
      facts([
        ['Loại', label('CampaignKind', campaign.kind)],
        ['Năm', campaign.year],
        ['Mô hình', citedRefs(context, 'Model', campaign.models.edges.map((e) => e.node), 'PART_OF_CAMPAIGN', false)],
        ['Thực hiện văn bản', citedRefs(context, 'Document', campaign.documents, 'IMPLEMENTS', true)],
        ['Khen thưởng', citedRefs(context, 'Award', campaign.awards, 'AWARDED_FOR', false)],
      ]),
      section(
        'Sơ kết, tổng kết',
        list(campaign.reviewedAt.map((e) => [entityLink('Event', e), e.datePartial ? ` (${formatPartial(e.datePartial)})` : '', citeRelated(context, 'REVIEWED_AT', true, e.id)])),
      ),
    ];
  },
};
