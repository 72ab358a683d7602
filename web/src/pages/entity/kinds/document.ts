import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { facts, refs, type KindSections } from '../sections.js';

interface Document {
  kind: string;
  number: string | null;
  issuedAtPartial: PartialDate | null;
  issuedBy: Ref[];
  about: Ref[];
  campaigns: Ref[];
}

export const documentSections: KindSections<Document> = {
  fields: /* GraphQL */ `
    ... on Document {
      kind number
      issuedAtPartial { text }
      issuedBy { id name }
      about { id name }
      campaigns { id name }
    }
  `,
  render(doc) {
    return [
      facts([
        ['Loại', label('DocumentKind', doc.kind)],
        ['Số hiệu', doc.number],
        ['Ngày ban hành', formatPartial(doc.issuedAtPartial)],
        ['Cơ quan ban hành', refs('Organization', doc.issuedBy)],
        ['Về', refs('Person', doc.about)],
        ['Phong trào thực hiện', refs('Campaign', doc.campaigns)],
      ]),
    ];
  },
};
