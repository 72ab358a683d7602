import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { citedRefs, citeRelated, facts, list, section, type KindSections, type SectionContext } from '../sections.js';

type DatedRef = Ref & { datePartial: PartialDate | null };

interface Program {
  kind: string;
  startYear: number | null;
  endYear: number | null;
  parties: Ref[];
  signedAt: DatedRef | null;
  reviewedAt: DatedRef[];
  places: Ref[];
  models: Ref[];
}

function dated(event: DatedRef, context: SectionContext, type: string) {
  return [entityLink('Event', event), event.datePartial ? ` (${formatPartial(event.datePartial)})` : '', citeRelated(context, type, true, event.id)];
}

export const programSections: KindSections<Program> = {
  fields: /* GraphQL */ `
    ... on Program {
      kind startYear endYear
      parties { id name }
      signedAt { id name datePartial { text } }
      reviewedAt { id name datePartial { text } }
      places { id name }
      models { id name }
    }
  `,
  render(program, context) {
    const period = program.startYear ? `${program.startYear}–${program.endYear ?? ''}` : null;
    return [
      facts([
        ['Loại', label('ProgramKind', program.kind)],
        ['Giai đoạn', period],
        ['Các bên', citedRefs(context, 'Organization', program.parties, 'PARTY_TO', false)],
        ['Ký kết tại', program.signedAt ? dated(program.signedAt, context, 'SIGNED_AT') : null],
        ['Áp dụng tại', citedRefs(context, 'Place', program.places, 'APPLIES_IN', true)],
        ['Mô hình được hỗ trợ', citedRefs(context, 'Model', program.models, 'BACKS', true)],
      ]),
      section('Sơ kết, tổng kết', list(program.reviewedAt.map((e) => dated(e, context, 'REVIEWED_AT')))),
    ];
  },
};
