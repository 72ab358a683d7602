import { formatDateText } from '../ui/dates.js';
import { label as enumLabel } from '../ui/labels.js';

/**
 * Stored properties and their values as a curator reads them: the history
 * page's before and after, a merge preview's values taken over and in
 * conflict, the review page's proposed fields. `label` is the node's label or
 * the relationship's type.
 */

/** Stored properties by their Vietnamese names; derived and technical ones are not shown. */
export const PROPERTIES: Record<string, string> = {
  name: 'Tên',
  title: 'Tiêu đề / chức danh',
  titleAsWritten: 'Chức danh như nguồn ghi',
  aliases: 'Tên gọi khác',
  description: 'Mô tả',
  category: 'Lĩnh vực',
  kind: 'Loại',
  level: 'Cấp',
  line: 'Khối',
  validFrom: 'Từ',
  validTo: 'Đến',
  date: 'Ngày',
  online: 'Trực tuyến',
  startYear: 'Từ năm',
  endYear: 'Đến năm',
  year: 'Năm',
  observedAt: 'Ngày ghi nhận',
  since: 'Từ khi',
  role: 'Vai trò',
  titleAtEvent: 'Chức danh khi tham dự',
  bridgePoint: 'Điểm cầu',
  publisher: 'Cơ quan xuất bản',
  author: 'Tác giả',
  publishedAt: 'Ngày đăng',
  url: 'Địa chỉ web',
  sourceIds: 'Nguồn dẫn',
  inferred: 'Suy luận',
  inferenceNote: 'Lý do suy luận',
  note: 'Ghi chú',
};
export const HIDDEN = new Set(['id', '_from', '_to']);

/** The enum a stored property's values belong to, for its Vietnamese name. */
const ENUMS: Record<string, (label: string) => string> = {
  kind: (label) => `${label}Kind`,
  level: () => 'OrganizationLevel',
  line: () => 'OrganizationLine',
  role: () => 'ParticipationRole',
};
const DATES = new Set(['validFrom', 'validTo', 'date', 'observedAt', 'since', 'publishedAt', 'pageDate', 'issuedAt']);

export function valueText(value: unknown, key: string, label: string): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'string' && ENUMS[key]) return enumLabel(ENUMS[key](label), value);
  if (typeof value === 'string' && DATES.has(key)) return formatDateText(value);
  return String(value);
}

