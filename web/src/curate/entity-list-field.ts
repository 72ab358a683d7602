import type { EntityRef } from '../api/types.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { customControl, type Control, type FormProblem } from './form.js';
import { dateProblem, LIMITS } from './rules.js';

export interface ListItem {
  entity: EntityRef;
  /** The item's date ("since"), when the list asks for one. */
  since: HTMLInputElement | null;
}

export interface EntityListField {
  element: HTMLElement;
  control: Control;
  readonly items: readonly ListItem[];
  /** Problems of the list: too long, a bad date (under `<path>[i].since`). */
  check(): FormProblem[];
}

/**
 * Several entities of one kind, picked one after another by searching as you
 * type (the places that took a model up, the programs backing it); with
 * `since`, each gets a date field of its own. Problems of the list show under
 * `path`, problems of an item's date under `path[i].since` (as the API names
 * them; an item's own problem, `path[i].place`, shows under the list).
 */
export function entityListField(options: { path: string; label: string; kinds: string[]; signal: AbortSignal; since?: string; hint?: string }): EntityListField {
  const items: ListItem[] = [];
  const list = h('ul', { class: 'chosen-list', 'aria-label': `${options.label}: đã chọn` });
  const picker = entityPicker({
    label: options.label,
    kinds: options.kinds,
    signal: options.signal,
    onPick(entity) {
      if (!items.some((item) => item.entity.id === entity.id)) items.push({ entity, since: options.since ? h('input', { type: 'text', placeholder: 'NNNN-TT-NN' }) : null });
      picker.clear();
      render();
    },
  });

  function render(): void {
    replace(
      list,
      items.map((item, i) => {
        const remove = h('button', { type: 'button', class: 'link-button', 'aria-label': `Bỏ ${item.entity.name}`, onclick: () => (items.splice(i, 1), render()) }, 'Bỏ');
        if (!item.since) return h('li', null, h('span', null, item.entity.name), ' ', remove);
        const id = `${options.path.replace(/\W+/g, '-')}-${i}-since`;
        item.since.id = id;
        const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
        item.since.setAttribute('aria-describedby', error.id);
        return h('li', { class: 'with-date' }, h('span', null, item.entity.name), h('label', { for: id }, `${options.since} (${item.entity.name})`), item.since, remove, error);
      }),
    );
  }

  const control = customControl(options.path, h('div', { class: 'entity-list' }, picker.element, options.hint ? h('p', { class: 'hint' }, options.hint) : null, list), picker.input);
  return {
    element: control.element,
    control,
    get items() {
      return items;
    },
    check() {
      const problems: FormProblem[] = [];
      if (items.length > LIMITS.modelLinks) problems.push({ field: options.path, message: `Tối đa ${LIMITS.modelLinks} mục (đang có ${items.length}).` });
      items.forEach((item, i) => {
        const problem = item.since ? dateProblem(item.since.value) : null;
        if (problem) problems.push({ field: `${options.path}[${i}].since`, message: problem });
      });
      return problems;
    },
  };
}

/** The date fields of a list's items, made as items are picked: a form asks for them when it shows problems. */
export function listDateControls(field: EntityListField, path: string): Control[] {
  return field.items.flatMap((item, i) => {
    const row = item.since?.parentElement;
    const error = row?.querySelector<HTMLElement>('.field-error');
    return item.since && row && error ? [{ path: `${path}[${i}].since`, element: row, focusable: item.since, error }] : [];
  });
}
