import { fetchPeriods } from '../api/periods.js';
import type { Ref } from '../api/types.js';
import { h } from './dom.js';
import { entityUrl, kindOf } from './kinds.js';
import { displayName, periodLabel } from './names.js';

/** Kinds whose units succeed one another and may share a name. */
const UNITS = new Set(['Place', 'Organization']);
/** Periods known this session, by id ('' for a unit with none): a unit's period does not change while one reads. */
const known = new Map<string, string>();
/** Links waiting for their unit's period, by id. */
const waiting = new Map<string, { link: HTMLAnchorElement; name: string }[]>();
let scheduled = false;

/**
 * A link to an entity's page, named with its period when it has one
 * ("Đồng Tháp (từ 1/7/2025)"). A place or organisation referred to without
 * its period (deep in a page's query, where the server's cost limit leaves
 * no room for it) gets it from one request for all such links of the page,
 * made once the page has drawn them.
 */
export function entityLink(typename: string, ref: Ref): HTMLAnchorElement {
  const link = h('a', { href: entityUrl(typename, ref.id) }, displayName(ref));
  if (!UNITS.has(typename)) return link;
  if ('validFromPartial' in ref || 'successors' in ref) {
    known.set(ref.id, periodLabel(ref));
    return link;
  }
  const period = known.get(ref.id);
  if (period !== undefined) link.textContent = named(ref.name, period);
  else {
    waiting.set(ref.id, [...(waiting.get(ref.id) ?? []), { link, name: ref.name }]);
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void resolvePeriods(), 0);
    }
  }
  return link;
}

async function resolvePeriods(): Promise<void> {
  scheduled = false;
  const pending = new Map(waiting);
  waiting.clear();
  let found: Map<string, Ref>;
  try {
    found = await fetchPeriods([...pending.keys()]);
  } catch {
    // The names stay as they are; the unit's own page shows its period.
    return;
  }
  for (const [id, links] of pending) {
    const unit = found.get(id);
    const period = unit ? periodLabel(unit) : '';
    known.set(id, period);
    for (const { link, name } of links) link.textContent = named(name, period);
  }
}

function named(name: string, period: string): string {
  return period ? `${name} (${period})` : name;
}

/** A small label naming the kind of an entity: dark text on a light tint of the kind's colour. */
export function kindBadge(typename: string): HTMLSpanElement {
  const kind = kindOf(typename);
  return h('span', { class: 'badge', style: `--kind:${kind.color};--tint:${kind.tint}` }, kind.label);
}
