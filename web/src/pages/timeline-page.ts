import { ApiError } from '../api/client.js';
import { LIMITS } from '../api/limits.js';
import { fetchTimeline, type Observation, type TimelineRole } from '../api/timeline.js';
import type { PageContext } from '../router.js';
import { sourceLine } from '../ui/citations.js';
import { formatPartial } from '../ui/dates.js';
import { h, replace, type Child } from '../ui/dom.js';
import { entityLink } from '../ui/links.js';
import { clip, errorPage, failurePage, loading, setTitle } from '../ui/status.js';
import { timelineChart } from '../ui/timeline-chart.js';

/**
 * `/person/:id/timeline`: a person's titles and organisations over time, as
 * the sources saw them. Choosing an observation shows its event and article.
 */
export async function renderTimelinePage({ params, outlet, signal }: PageContext): Promise<void> {
  const id = params[0] ?? '';
  const notFound = () =>
    errorPage(outlet, 'Không tìm thấy nhân vật', `Địa chỉ này không dẫn tới dòng thời gian của nhân vật nào: không có nhân vật mang mã “${clip(id, 40)}”.`);
  if (id.length > LIMITS.id) return notFound();
  replace(outlet, loading());
  let person;
  try {
    person = await fetchTimeline(id, signal);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND')) notFound();
    else failurePage(outlet, error, 'Không tải được dòng thời gian');
    return;
  }
  if (!person) return notFound();
  setTitle(`Dòng thời gian của ${person.name}`);
  const detail = h('section', { class: 'panel tl-detail', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Bấm vào một mốc trên dòng thời gian để xem sự kiện và bài báo ghi nhận chức vụ.'));
  const show = (observation: Observation, role: TimelineRole) => replace(detail, observationDetail(observation, role));

  const roles = person.roles.filter((r) => r.observations.length > 0);
  replace(
    outlet,
    h(
      'article',
      { class: 'timeline-page' },
      h('p', { class: 'breadcrumb' }, entityLink('Person', person), ' › Dòng thời gian'),
      h('h1', null, `Dòng thời gian của ${person.name}`),
      h('p', { class: 'hint' }, 'Mỗi hàng là một chức danh tại một tổ chức; mỗi mốc là một lần nguồn tin ghi nhận. Chỉ những ngày được ghi nhận mới được khẳng định.'),
      roles.length ? timelineChart(roles, show) : h('p', { class: 'status' }, 'Chưa có ghi nhận chức vụ nào.'),
      roles.length ? detail : null,
      roles.length ? observationList(roles, show) : null,
    ),
  );
}

/** Where the organisation changed after (merged, renamed, split: decision 023), a hint to follow it on its page. */
function changedLater(role: TimelineRole): Child {
  const dates = (role.organization.successors ?? []).map((s) => s.datePartial).filter((d): d is NonNullable<typeof d> => Boolean(d));
  if (dates.length === 0) return null;
  return h('span', { class: 'hint' }, ` — tổ chức được sắp xếp lại từ ${dates.map((d) => formatPartial(d)).join(', ')}; tổ chức kế tục ở trang của tổ chức`);
}

function observationDetail(observation: Observation, role: TimelineRole): Child[] {
  return [
    h('h2', null, formatPartial(observation.observedAtPartial)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Chức danh'),
      h('dd', null, observation.title, observation.titleAsWritten ? h('span', { class: 'hint' }, ` (nguồn viết: “${observation.titleAsWritten}”)`) : null),
      h('dt', null, 'Tổ chức'),
      h('dd', null, entityLink('Organization', role.organization), changedLater(role)),
      h('dt', null, 'Sự kiện'),
      h('dd', null, observation.event ? entityLink('Event', observation.event) : 'không gắn với sự kiện'),
      h('dt', null, 'Bài báo'),
      h('dd', null, sourceLine(observation.source)),
    ),
    observation.inferred ? h('p', { class: 'inferred' }, `Ghi nhận này là suy luận${observation.inferenceNote ? `: ${observation.inferenceNote}` : '.'}`) : null,
  ];
}

/** The same observations as text, by year: readable without the chart and by screen readers. */
function observationList(roles: TimelineRole[], show: (o: Observation, r: TimelineRole) => void): HTMLElement {
  const entries = roles
    .flatMap((role) => role.observations.map((observation) => ({ role, observation })))
    .sort((a, b) => a.observation.observedAtPartial.from.localeCompare(b.observation.observedAtPartial.from));
  const years = [...new Set(entries.map((e) => e.observation.observedAtPartial.text.slice(0, 4)))];
  return h(
    'section',
    { class: 'panel' },
    h('h2', null, 'Các lần ghi nhận'),
    years.map((year) =>
      h(
        'div',
        { class: 'tl-year-group', 'data-year': year },
        h('h3', null, `Năm ${year}`),
        h(
          'ul',
          { class: 'list' },
          entries
            .filter((e) => e.observation.observedAtPartial.text.startsWith(year))
            .map(({ role, observation }) =>
              h(
                'li',
                null,
                h('button', { type: 'button', class: 'link', onclick: () => show(observation, role) }, formatPartial(observation.observedAtPartial)),
                ` — ${observation.title}, `,
                entityLink('Organization', role.organization),
                observation.event ? [' — tại ', entityLink('Event', observation.event)] : null,
                ' — nguồn: ',
                entityLink('Source', { id: observation.source.id, name: observation.source.title }),
              ),
            ),
        ),
      ),
    ),
  );
}
