import type { Ref } from '../api/types.js';
import { h } from './dom.js';
import { entityUrl, kindOf } from './kinds.js';

/** A link to an entity's page. */
export function entityLink(typename: string, ref: Ref): HTMLAnchorElement {
  return h('a', { href: entityUrl(typename, ref.id) }, ref.name);
}

/** A small coloured label naming the kind of an entity. */
export function kindBadge(typename: string): HTMLSpanElement {
  const kind = kindOf(typename);
  return h('span', { class: 'badge', style: `--kind:${kind.color}` }, kind.label);
}
