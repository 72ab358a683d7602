import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, refs, section, type KindSections } from '../sections.js';

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
  render(campaign) {
    return [
      facts([
        ['Loại', label('CampaignKind', campaign.kind)],
        ['Năm', campaign.year],
        ['Mô hình', refs('Model', campaign.models.edges.map((e) => e.node))],
        ['Thực hiện văn bản', refs('Document', campaign.documents)],
        ['Khen thưởng', refs('Award', campaign.awards)],
      ]),
      section(
        'Sơ kết, tổng kết',
        list(campaign.reviewedAt.map((e) => [entityLink('Event', e), e.datePartial ? ` (${formatPartial(e.datePartial)})` : ''])),
      ),
    ];
  },
};
