import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { label } from '../../../ui/labels.js';
import { citedRefs, facts, type KindSections } from '../sections.js';

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
  render(doc, context) {
    return [
      facts([
        ['Loại', label('DocumentKind', doc.kind)],
        ['Số hiệu', doc.number],
        ['Ngày ban hành', formatPartial(doc.issuedAtPartial)],
        ['Cơ quan ban hành', citedRefs(context, 'Organization', doc.issuedBy, 'ISSUED', false)],
        ['Về', citedRefs(context, 'Person', doc.about, 'ABOUT', true)],
        ['Phong trào thực hiện', citedRefs(context, 'Campaign', doc.campaigns, 'IMPLEMENTS', false)],
      ]),
    ];
  },
};
