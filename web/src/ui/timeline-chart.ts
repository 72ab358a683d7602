import type { Observation, TimelineRole } from '../api/timeline.js';
import { dayValue, formatPartial, formatSpan } from './dates.js';
import { h } from './dom.js';
import { displayName } from './names.js';

/**
 * Roles (title × organisation) as rows against a time axis in whole years.
 * Positions are percentages, so the chart reflows to any width without
 * measuring; each observation is a button, a dot for a day, a band for a
 * month or a year, so the precision of the source stays visible.
 */
export function timelineChart(roles: TimelineRole[], onSelect: (observation: Observation, role: TimelineRole) => void): HTMLElement {
  const observations = roles.flatMap((r) => r.observations);
  const firstYear = Math.min(...observations.map((o) => Number(o.observedAtPartial.from.slice(0, 4))));
  const lastYear = Math.max(...observations.map((o) => Number(o.observedAtPartial.to.slice(0, 4))));
  const start = dayValue(`${firstYear}-01-01`);
  const end = dayValue(`${lastYear + 1}-01-01`);
  const at = (isoDay: string) => ((dayValue(isoDay) - start) / (end - start)) * 100;

  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const axis = h(
    'div',
    { class: 'tl-axis', 'aria-hidden': 'true' },
    years.map((y) => h('span', { class: 'tl-year', style: `left:${at(`${y}-01-01`)}%;width:${at(`${y + 1}-01-01`) - at(`${y}-01-01`)}%` }, String(y))),
  );

  const rows = roles.map((role) => {
    const from = at(role.observations[0]!.observedAtPartial.from);
    const to = at(role.observations.at(-1)!.observedAtPartial.to);
    return h(
      'li',
      { class: 'tl-row' },
      h('div', { class: 'tl-label' }, h('strong', null, role.title), h('span', null, displayName(role.organization)), h('small', null, formatSpan(role.firstSeenPartial, role.lastSeenPartial))),
      h(
        'div',
        { class: 'tl-track' },
        years.map((y) => h('span', { class: 'tl-grid', style: `left:${at(`${y}-01-01`)}%` })),
        // The span between the first and last sighting: seen at both ends, not asserted in between.
        h('span', { class: 'tl-span', style: `left:${from}%;width:${Math.max(to - from, 0)}%` }),
        role.observations.map((observation) => {
          const date = observation.observedAtPartial;
          const left = at(date.from);
          const width = at(nextDay(date.to)) - left;
          const button = h('button', {
            type: 'button',
            class: `tl-obs tl-${date.precision.toLowerCase()}`,
            style: date.precision === 'DAY' ? `left:${left}%` : `left:${left}%;width:${width}%`,
            'data-date': date.text,
            'aria-label': `${role.title}, ${displayName(role.organization)}: ${formatPartial(date)}`,
            title: `${formatPartial(date)} — ${observation.titleAsWritten ?? observation.title}`,
          });
          button.addEventListener('click', () => {
            for (const b of document.querySelectorAll('.tl-obs[aria-pressed]')) b.removeAttribute('aria-pressed');
            button.setAttribute('aria-pressed', 'true');
            onSelect(observation, role);
          });
          return button;
        }),
      ),
    );
  });

  return h('figure', { class: 'timeline' }, h('ol', { class: 'tl-rows' }, rows), h('div', { class: 'tl-axis-row' }, h('span', { class: 'tl-label' }), axis));
}

function nextDay(isoDay: string): string {
  return new Date(dayValue(isoDay) + 86_400_000).toISOString().slice(0, 10);
}
