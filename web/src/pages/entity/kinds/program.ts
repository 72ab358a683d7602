import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, list, refs, section, type KindSections } from '../sections.js';

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

function dated(event: DatedRef) {
  return [entityLink('Event', event), event.datePartial ? ` (${formatPartial(event.datePartial)})` : ''];
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
  render(program) {
    const period = program.startYear ? `${program.startYear}–${program.endYear ?? ''}` : null;
    return [
      facts([
        ['Loại', label('ProgramKind', program.kind)],
        ['Giai đoạn', period],
        ['Các bên', refs('Organization', program.parties)],
        ['Ký kết tại', program.signedAt ? dated(program.signedAt) : null],
        ['Áp dụng tại', refs('Place', program.places)],
        ['Mô hình được hỗ trợ', refs('Model', program.models)],
      ]),
      section('Sơ kết, tổng kết', list(program.reviewedAt.map(dated))),
    ];
  },
};
