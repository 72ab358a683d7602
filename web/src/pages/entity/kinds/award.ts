import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { entityLink } from '../../../ui/links.js';
import { citedRefs, citeRelated, facts, type KindSections } from '../sections.js';

interface Award {
  collectives: number | null;
  individuals: number | null;
  grantedBy: Ref[];
  awardedAt: (Ref & { datePartial: PartialDate | null }) | null;
  awardedFor: Ref[];
  presentedBy: Ref[];
}

export const awardSections: KindSections<Award> = {
  fields: /* GraphQL */ `
    ... on Award {
      collectives individuals
      grantedBy { id name }
      awardedAt { id name datePartial { text } }
      awardedFor { id name }
      presentedBy { id name }
    }
  `,
  render(award, context) {
    return [
      facts([
        ['Tập thể được khen', award.collectives],
        ['Cá nhân được khen', award.individuals],
        ['Đơn vị khen thưởng', citedRefs(context, 'Organization', award.grantedBy, 'GRANTED', false)],
        [
          'Trao tại',
          award.awardedAt
            ? [entityLink('Event', award.awardedAt), award.awardedAt.datePartial ? ` (${formatPartial(award.awardedAt.datePartial)})` : '', citeRelated(context, 'AWARDED_AT', true, award.awardedAt.id)]
            : null,
        ],
        ['Vì phong trào', citedRefs(context, 'Campaign', award.awardedFor, 'AWARDED_FOR', true)],
        ['Người trao', citedRefs(context, 'Person', award.presentedBy, 'PRESENTED', false)],
      ]),
    ];
  },
};
