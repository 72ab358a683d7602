import { h } from '../ui/dom.js';
import { KINDS } from '../ui/kinds.js';

/** Which colour is which kind, for the kinds present in the drawing. */
export function legend(typenames: Iterable<string>): HTMLElement {
  const present = new Set(typenames);
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Chú giải màu' },
    KINDS.filter((k) => present.has(k.typename)).map((k) => h('li', null, h('span', { class: 'swatch', style: `background:${k.color}` }), k.label)),
  );
}
