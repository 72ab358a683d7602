import { formatDateText } from '../ui/dates.js';
import { h, joined, type Child } from '../ui/dom.js';
import { entityUrl, KINDS } from '../ui/kinds.js';
import { label } from '../ui/labels.js';
import { kindBadge } from '../ui/links.js';
import { relationshipPhrase } from '../ui/relationship-labels.js';
import { PROPERTIES, valueText } from './property-text.js';
import type { Candidate, NamedRef, Proposal, ProposalKind, ProposalStatus } from './review-api.js';

/**
 * What a proposal would write, in the words of the registry's readers: "Lưu
 * Thị Ngọc Hân — Trưởng Ban tại Ban Dân vận Huyện ủy Tam Nông, 14/5/2024".
 * A fact names its entities by the article's entity proposals; each is shown
 * with where its review stands, since a fact can only be written once its
 * entities are settled.
 */
export const KIND_HEADINGS: Record<ProposalKind, string> = {
  ENTITY: 'Đối tượng',
  ROLE_OBSERVATION: 'Chức danh',
  PARTICIPATION: 'Tham dự sự kiện',
  LINK: 'Quan hệ',
};

export const STATUS_TEXT: Record<ProposalStatus, string> = { PENDING: 'Chờ xét', ACCEPTED: 'Đã chấp nhận', REJECTED: 'Đã từ chối' };

export const DECISION_TEXT = { MATCHED: 'Đã có trong sổ', AMBIGUOUS: 'Cần chọn: sổ có nhiều mục giống', NEW: 'Mới: sổ chưa có' } as const;

/** What an acceptance did to the fact it wrote. */
export const EFFECT_TEXT = { CREATED: 'đã tạo mới', CITED: 'đã có trong sổ, nay dẫn thêm bài này', NONE: 'đã có trong sổ và đã dẫn bài này' } as const;

const REASONS: Record<string, string> = {
  SAME_NAME: 'Trùng tên',
  KNOWN_ALIAS: 'Trùng tên gọi khác',
  SAME_FOLDED_NAME: 'Trùng tên khi bỏ dấu',
  TYPO_VARIANT: 'Tên gần giống (có thể gõ sai)',
  PARTIAL_NAME: 'Trùng họ và tên, khác tên đệm',
  SAME_ORGANIZATION: 'Cùng tổ chức',
  OVERLAPPING_DATES: 'Thời gian khớp',
  SAME_PLACE: 'Cùng địa bàn',
  VALID_AT_DATE: 'Còn tồn tại vào thời điểm đó',
  CONTEXT_DISAGREES: 'Bối cảnh không khớp',
};

/** A candidate's reasons: "Trùng tên (Hội quán); Cùng địa bàn (Đồng Tháp)". */
export function reasonsText(candidate: Candidate): string {
  return candidate.reasons.map((r) => `${REASONS[r.code] ?? r.code}${r.detail ? ` (${r.detail})` : ''}`).join('; ');
}

/** The explorer's name of an EntityKind (`ORGANIZATION` → `Organization`). */
export const typenameOf = (entityKind: string | null) => KINDS.find((k) => k.kind === entityKind)?.typename ?? 'Source';

/** A link to an entity's page. */
export const entityPageLink = (ref: NamedRef) => h('a', { href: entityUrl(ref.__typename, ref.id) }, ref.name);

/** A link to a candidate's page, opened in a new tab so that the review keeps what the reviewer chose so far. */
export const candidateLink = (ref: NamedRef) =>
  h('a', { href: entityUrl(ref.__typename, ref.id), target: '_blank', rel: 'noopener', class: 'candidate-link' }, 'Xem trang', h('span', { class: 'visually-hidden' }, ` của ${ref.name} (mở trong thẻ mới)`));

/** An entity a fact names: its proposal's name, and where that proposal stands. */
function entityRef(slug: unknown, proposals: ReadonlyMap<string, Proposal>): Child {
  const entity = typeof slug === 'string' ? proposals.get(slug) : undefined;
  if (!entity) return h('span', { class: 'ref' }, '(không rõ)');
  const name = entity.name ?? entity.slug;
  if (entity.status === 'ACCEPTED' && entity.result?.entity) return h('span', { class: 'ref settled' }, entityPageLink(entity.result.entity));
  if (entity.status === 'REJECTED') return h('span', { class: 'ref unsettled' }, name, h('span', { class: 'ref-state' }, ' (đã từ chối)'));
  const decision = entity.reconciliation?.decision;
  const state = entity.reconciliation?.choice ? 'có trong sổ, chưa xét' : decision === 'AMBIGUOUS' ? 'cần chọn trước' : 'mới, cần xét trước';
  return h('span', { class: `ref${entity.reconciliation?.choice ? '' : ' unsettled'}` }, name, h('span', { class: 'ref-state' }, ` (${state})`));
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The sentence a proposal would add to the registry. */
export function proposalSentence(p: Proposal, proposals: ReadonlyMap<string, Proposal>): Child[] {
  const f = p.fields;
  const ref = (key: string) => entityRef(f[key], proposals);
  switch (p.kind) {
    case 'ENTITY':
      return [kindBadge(typenameOf(p.entityKind)), ' ', h('strong', null, p.name ?? '')];
    case 'ROLE_OBSERVATION': {
      const date = text(f.observedAt);
      return [ref('person'), ' — ', h('strong', null, text(f.title) ?? ''), ' tại ', ref('organization'), date ? `, ${formatDateText(date)}` : ', bài không ghi ngày', f.event ? [' (tại ', ref('event'), ')'] : ''];
    }
    case 'PARTICIPATION':
      return [ref('person'), ' — ', h('strong', null, label('ParticipationRole', text(f.role))), ' — ', ref('event'), text(f.titleAtEvent) ? `, với chức danh “${text(f.titleAtEvent)}”` : '', text(f.bridgePoint) ? `, tại điểm cầu ${text(f.bridgePoint)}` : ''];
    case 'LINK': {
      const since = text(f.since);
      return [ref('from'), ` — ${relationshipPhrase(text(f.type) ?? '', true)} → `, ref('to'), since ? ` (từ ${formatDateText(since)})` : '', f.presentedBy ? [' — do ', ref('presentedBy'), ' giới thiệu'] : ''];
    }
  }
}

/** An entity proposal's other fields (its kind, level, date…) and aliases, as a short line; null when it has none. */
export function entityDetails(p: Proposal): HTMLElement | null {
  if (p.kind !== 'ENTITY') return null;
  const fields = (p.fields.fields ?? {}) as Record<string, unknown>;
  const aliases = Array.isArray(p.fields.aliases) ? (p.fields.aliases as string[]) : [];
  const typename = typenameOf(p.entityKind);
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${PROPERTIES[key] ?? key}: ${valueText(value, key, typename)}`);
  if (aliases.length) parts.push(`${PROPERTIES.aliases}: ${aliases.join(', ')}`);
  return parts.length ? h('p', { class: 'details' }, joined(parts, '; ')) : null;
}

/** What the acceptance wrote, with links to the pages that now show it. */
export function resultView(p: Proposal): Child {
  const r = p.result;
  if (!r) return null;
  const links: Child[] = [];
  if (r.entity) links.push(entityPageLink(r.entity));
  if (r.observation) links.push(entityPageLink({ __typename: 'Person', ...r.observation.person }));
  if (r.from) links.push(entityPageLink(r.from));
  if (r.to) links.push(entityPageLink(r.to));
  return h('p', { class: 'result' }, `Đã ghi vào sổ (${EFFECT_TEXT[r.effect]}): `, joined(links, ' · '));
}
