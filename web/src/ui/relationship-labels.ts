import { formatDateText } from './dates.js';
import { label } from './labels.js';

/**
 * How a relationship reads from either end: `[outgoing, incoming]`, so that
 * "Hội quán — khởi nguồn tại → Đồng Tháp" and "Đồng Tháp — nơi khởi nguồn của
 * → Hội quán" both read as sentences.
 */
const PHRASES: Record<string, [string, string]> = {
  HELD_ROLE: ['giữ chức tại', 'có người giữ chức'],
  PARTICIPATED_IN: ['tham gia', 'có sự tham gia của'],
  AUTHORED: ['là tác giả của', 'do tác giả'],
  PART_OF: ['thuộc', 'bao gồm'],
  LOCATED_IN: ['đặt tại', 'là nơi đặt trụ sở của'],
  ORGANIZED: ['tổ chức', 'do đơn vị tổ chức'],
  ATTENDED: ['có đại diện dự', 'có đại diện của'],
  PARTY_TO: ['là bên tham gia', 'có bên tham gia'],
  ISSUED: ['ban hành', 'do cơ quan ban hành'],
  GRANTED: ['tặng', 'do đơn vị tặng'],
  PUBLISHED: ['xuất bản', 'do đơn vị xuất bản'],
  HELD_IN: ['diễn ra tại', 'là nơi diễn ra'],
  SIGNED_AT: ['được ký kết tại', 'là dịp ký kết'],
  REVIEWED_AT: ['được sơ kết, tổng kết tại', 'sơ kết, tổng kết'],
  APPLIES_IN: ['áp dụng tại', 'là nơi áp dụng'],
  BACKS: ['hỗ trợ mô hình', 'được hỗ trợ bởi'],
  PRESENTED_AT: ['được giới thiệu tại', 'giới thiệu mô hình'],
  ORIGINATED_IN: ['khởi nguồn tại', 'là nơi khởi nguồn của'],
  ADOPTED_IN: ['được nhân rộng tại', 'nhân rộng mô hình'],
  PART_OF_CAMPAIGN: ['thuộc phong trào', 'gồm mô hình'],
  IMPLEMENTS: ['thực hiện', 'được thực hiện qua'],
  AWARDED_AT: ['được trao tại', 'có trao'],
  AWARDED_FOR: ['khen thưởng cho', 'được khen thưởng qua'],
  PRESENTED: ['trao', 'do người trao'],
  ABOUT: ['nói về', 'được nhắc trong'],
  SUCCEEDED_BY: ['trở thành', 'kế thừa từ'],
  CONTACT_FOR: ['là đầu mối liên hệ về', 'có đầu mối liên hệ'],
};

export function relationshipPhrase(type: string, outgoing: boolean): string {
  const phrase = PHRASES[type];
  return phrase ? phrase[outgoing ? 0 : 1] : type;
}

/**
 * The few words that label every edge of a drawn graph, read in the stored
 * direction (the arrow's): short so that a dozen of them fit between the nodes.
 */
const SHORT: Record<string, string> = {
  HELD_ROLE: 'giữ chức',
  PARTICIPATED_IN: 'tham gia',
  AUTHORED: 'viết',
  PART_OF: 'thuộc',
  LOCATED_IN: 'đặt tại',
  ORGANIZED: 'tổ chức',
  ATTENDED: 'dự',
  PARTY_TO: 'bên ký',
  ISSUED: 'ban hành',
  GRANTED: 'tặng',
  PUBLISHED: 'đăng',
  HELD_IN: 'diễn ra tại',
  SIGNED_AT: 'ký tại',
  REVIEWED_AT: 'tổng kết tại',
  APPLIES_IN: 'áp dụng tại',
  BACKS: 'hỗ trợ',
  PRESENTED_AT: 'giới thiệu tại',
  ORIGINATED_IN: 'khởi nguồn',
  ADOPTED_IN: 'nhân rộng',
  PART_OF_CAMPAIGN: 'thuộc phong trào',
  IMPLEMENTS: 'thực hiện',
  AWARDED_AT: 'trao tại',
  AWARDED_FOR: 'khen cho',
  PRESENTED: 'trao',
  ABOUT: 'về',
  SUCCEEDED_BY: 'trở thành',
};

export function edgeShortCaption(type: string): string {
  return SHORT[type] ?? PHRASES[type]?.[0] ?? type;
}

/** The full words of an edge in a drawn graph (always the stored direction), shown for the selected node's edges. */
export function edgeCaption(type: string): string {
  return PHRASES[type]?.[0] ?? type;
}

/**
 * The relationship's own detail: the title for HELD_ROLE, the participation
 * role for PARTICIPATED_IN, a date for ADOPTED_IN and SUCCEEDED_BY.
 */
export function relationshipDetail(type: string, detail: string | null): string {
  if (!detail) return '';
  if (type === 'PARTICIPATED_IN') return label('ParticipationRole', detail);
  if (/^\d{4}(-\d{2}){0,2}$/.test(detail)) return formatDateText(detail);
  return detail;
}
