import { isAbort } from '../api/client.js';
import { searchEntities, type SearchHit } from '../api/search.js';
import type { EntityRef } from '../api/types.js';
import { LIMITS } from '../api/limits.js';
import { debounce } from './debounce.js';
import { h, replace } from './dom.js';
import { kindBadge } from './links.js';
import { displayName } from './names.js';

export interface EntityPicker {
  element: HTMLElement;
  /** The text field itself (a form shows a problem next to it, focuses it). */
  input: HTMLInputElement;
  readonly value: EntityRef | null;
  /** Empties the field (a list picker adds what was picked, then starts again). */
  clear(): void;
  /** Shows an entity as chosen (one named in the page's address). */
  set(entity: EntityRef): void;
}

let pickers = 0;

/**
 * A search-as-you-type field that picks one entity (a combobox in ARIA
 * terms): type, then choose a suggestion with the mouse, a tap or the arrow
 * keys and Enter.
 */
export function entityPicker(options: {
  label: string;
  initial?: EntityRef | null;
  signal: AbortSignal;
  onPick?(entity: EntityRef): void;
  /** Only these kinds (EntityKind values: PLACE, SOURCE, …); every kind when omitted. */
  kinds?: string[];
}): EntityPicker {
  const id = `picker-${++pickers}`;
  let value: EntityRef | null = options.initial ?? null;
  let hits: SearchHit[] = [];
  let active = -1;
  let request: AbortController | null = null;
  options.signal.addEventListener('abort', () => request?.abort());

  const input = h('input', {
    id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    placeholder: 'Gõ tên để tìm…',
    maxlength: LIMITS.text,
    value: value ? displayName(value) : '',
  });
  const listbox = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', hidden: true });

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function choose(hit: SearchHit): void {
    value = hit;
    input.value = displayName(hit);
    close();
    options.onPick?.(value);
  }

  function highlight(index: number): void {
    active = index;
    listbox.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function showSuggestions(): Promise<void> {
    const q = input.value.trim();
    request?.abort();
    if (!q) return close();
    request = new AbortController();
    try {
      hits = (await searchEntities(q, { first: 8, kinds: options.kinds, signal: request.signal })).hits;
    } catch (error) {
      if (!isAbort(error)) close();
      return;
    }
    replace(
      listbox,
      hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              // mousedown, not click: it fires before the input's blur closes the list.
              { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: MouseEvent) => (e.preventDefault(), choose(hit)) },
              kindBadge(hit.__typename),
              ' ',
              displayName(hit),
            ),
          )
        : h('li', { class: 'empty' }, 'Không có kết quả'),
    );
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  }
  // Fire and forget: showSuggestions catches its request's failure itself.
  const suggest = debounce(() => void showSuggestions(), 200);

  input.addEventListener('input', () => {
    value = null;
    suggest();
  });
  input.addEventListener('keydown', (event) => {
    if (listbox.hidden || hits.length === 0) return;
    if (event.key === 'ArrowDown') highlight(Math.min(active + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') highlight(Math.max(active - 1, 0));
    else if (event.key === 'Enter' && active >= 0) choose(hits[active]!);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', close);

  return {
    element: h('div', { class: 'picker' }, h('label', { for: id }, options.label), input, listbox),
    input,
    get value() {
      return value;
    },
    clear() {
      value = null;
      input.value = '';
      close();
    },
    set(entity) {
      value = entity;
      input.value = displayName(entity);
    },
  };
}
