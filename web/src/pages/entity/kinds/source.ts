import type { PartialDate, Ref } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { facts, ref, refs, type KindSections } from '../sections.js';

interface Source {
  kind: string;
  title: string;
  publisher: string | null;
  publishedBy: Ref | null;
  author: string | null;
  authors: Ref[];
  publishedAtPartial: PartialDate | null;
  pageDatePartial: PartialDate | null;
  file: string | null;
  url: string | null;
}

/**
 * The address a source was read at, as a link that leaves the explorer. The
 * writers accept only http(s) addresses, but an imported graph is not theirs to
 * vouch for: anything else is shown as text, never as a link.
 */
function webAddress(url: string | null) {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' }, url) : url;
}

export const sourceSections: KindSections<Source> = {
  fields: /* GraphQL */ `
    ... on Source {
      kind title publisher author file url
      publishedBy { id name }
      authors { id name }
      publishedAtPartial { text }
      pageDatePartial { text }
    }
  `,
  render(source) {
    return [
      facts([
        ['Loại', label('SourceKind', source.kind)],
        ['Tiêu đề', source.title],
        ['Đơn vị xuất bản', ref('Organization', source.publishedBy) ?? source.publisher],
        ['Tác giả', refs('Person', source.authors) ?? source.author],
        ['Ngày đăng', formatPartial(source.publishedAtPartial) || 'không rõ'],
        ['Ngày ghi trên trang', formatPartial(source.pageDatePartial)],
        ['Tệp lưu trữ', source.file],
        ['Địa chỉ', webAddress(source.url)],
      ]),
    ];
  },
};
