import type { PartialDate, Ref } from '../../../api/types.js';
import { originalLink } from '../../../ui/citations.js';
import { formatPartial } from '../../../ui/dates.js';
import { h } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { citedRefs, facts, type KindSections } from '../sections.js';

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
  originNote: string | null;
}

const PRECISION: Record<string, string> = { DAY: 'rõ đến ngày', MONTH: 'chỉ rõ đến tháng', YEAR: 'chỉ rõ đến năm' };

/** "tháng 6/2025 (chỉ rõ đến tháng)": the date as known, and how precisely. */
function dated(date: PartialDate | null): string {
  if (!date) return '';
  const precision = date.precision && date.precision !== 'DAY' ? ` (${PRECISION[date.precision]})` : '';
  return `${formatPartial(date)}${precision}`;
}

/**
 * A source's page: what it is, who published it and when (at the precision
 * known), the address it was read at as a link out, and how that address,
 * publisher and date were established (or what was searched when they
 * could not be).
 */
export const sourceSections: KindSections<Source> = {
  fields: /* GraphQL */ `
    ... on Source {
      kind title publisher author file url originNote
      publishedBy { id name }
      authors { id name }
      publishedAtPartial { text precision }
      pageDatePartial { text precision }
    }
  `,
  render(source, context) {
    return [
      facts([
        ['Loại', label('SourceKind', source.kind)],
        ['Tiêu đề', source.title],
        ['Đơn vị đăng tải', citedRefs(context, 'Organization', source.publishedBy ? [source.publishedBy] : [], 'PUBLISHED', false) ?? source.publisher ?? h('span', { class: 'hint' }, 'không rõ')],
        ['Tác giả', citedRefs(context, 'Person', source.authors, 'AUTHORED', false) ?? source.author],
        ['Ngày đăng', dated(source.publishedAtPartial) || h('span', { class: 'hint' }, 'không rõ (trang không ghi ngày đăng)')],
        ['Ngày ghi trên trang', source.pageDatePartial ? `${dated(source.pageDatePartial)}, không phải ngày đăng` : null],
        ['Địa chỉ bài gốc', source.url ? originalLink(source.url) : h('span', { class: 'hint' }, 'chưa tìm được')],
        ['Cách xác định', source.originNote],
        ['Tệp lưu trữ', source.file],
      ]),
    ];
  },
};
