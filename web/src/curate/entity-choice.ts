import type { EntityRef } from '../api/types.js';
import { h } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { customControl, textField, type Control, type FormProblem } from './form.js';
import { candidateLink, DECISION_TEXT, reasonsText } from './proposal-words.js';
import type { Corrections, NamedRef, Proposal } from './review-api.js';
import { LIMITS, normalized, textProblem } from './rules.js';

/** What the reviewer says an entity proposal is: an existing entity, or a new one. */
export interface EntityChoice {
  element: HTMLElement;
  /** The fields a problem of the API may be about: the choice (`match`, `createNew`) and the new entity's name. */
  controls: Control[];
  check(): FormProblem[];
  /** The corrections the choice makes: none when it is the registry's own. */
  corrections(): Corrections;
}

let choices = 0;

/**
 * The reconciliation of an entity proposal, as a choice: the registry's
 * candidates (the match first, each with its score and why), any other entity
 * of its kind found by searching as you type (corrections.match), or a new
 * entity under the proposed name or another (corrections.createNew, name).
 * The registry's match is chosen to begin with; an AMBIGUOUS proposal has no
 * choice until the reviewer makes one.
 */
export function entityChoice(p: Proposal, signal: AbortSignal): EntityChoice {
  const r = p.reconciliation!;
  const group = `choice-${++choices}`;
  const proposed = r.choice?.id ?? null;
  const options: NamedRef[] = [...r.candidates.map((c) => c.entity)];
  if (r.choice && !options.some((o) => o.id === r.choice!.id)) options.unshift(r.choice);

  const radio = (value: string, checked: boolean) => h('input', { type: 'radio', name: group, value, id: `${group}-${value.slice(0, 40)}`, checked });
  const candidateRows = options.map((entity, i) => {
    const candidate = r.candidates.find((c) => c.entity.id === entity.id);
    const input = radio(`c${i}`, entity.id === proposed);
    return {
      entity,
      input,
      element: h(
        'li',
        null,
        input,
        ' ',
        h('label', { for: input.id }, entity.name, candidate ? ` — ${Math.round(candidate.score * 100)}%` : ''),
        ' ',
        candidateLink(entity),
        candidate?.reasons.length ? h('p', { class: 'reasons hint' }, reasonsText(candidate)) : null,
      ),
    };
  });

  let other: EntityRef | null = null;
  const otherInput = radio('other', false);
  // The search box beside it has the visible label; the radio says what choosing it means.
  otherInput.setAttribute('aria-label', 'Mục tìm được ở ô “Mục khác trong sổ”');
  const picker = entityPicker({
    label: 'Mục khác trong sổ',
    kinds: p.entityKind ? [p.entityKind] : undefined,
    signal,
    onPick(entity) {
      other = entity;
      otherInput.checked = true;
      showName();
    },
  });
  picker.input.addEventListener('input', () => {
    other = null;
    if (picker.input.value.trim()) otherInput.checked = true;
    showName();
  });
  const newInput = radio('new', proposed === null && r.decision === 'NEW');
  const name = textField('input.corrections.name', 'Tên mục mới', { value: p.name ?? '', hint: 'Sửa nếu bài viết ghi tên chưa đúng hoặc chưa đủ.' });
  // Shown with its choice at once (a radio checked by typing in the picker sends no change event): a field
  // appearing or going later, when the search box loses the focus, would move what the pointer is pressing.
  function showName(): void {
    name.control.element.hidden = !newInput.checked;
  }
  const fieldset = h(
    'fieldset',
    { class: 'entity-choice' },
    h('legend', null, 'Là mục nào trong sổ? ', h('span', { class: `decision decision-${r.decision.toLowerCase()}` }, DECISION_TEXT[r.decision])),
    candidateRows.length ? h('ul', { class: 'plain candidates' }, candidateRows.map((c) => c.element)) : null,
    h('div', { class: 'other-choice' }, otherInput, ' ', picker.element),
    h('p', { class: 'check' }, newInput, ' ', h('label', { for: newInput.id }, 'Tạo mục mới')),
    name.control.element,
  );
  fieldset.addEventListener('change', showName);
  showName();
  // The first radio takes the focus when the choice has a problem.
  const match = customControl('input.corrections.match', fieldset, fieldset.querySelector('input')!);
  // A problem with createNew is one of the same choice.
  const createNew: Control = { ...match, path: 'input.corrections.createNew' };

  const chosen = () => candidateRows.find((c) => c.input.checked)?.entity ?? (otherInput.checked ? other : null);
  return {
    element: fieldset,
    controls: [match, createNew, name.control],
    check() {
      const problems: FormProblem[] = [];
      if (otherInput.checked && !other) problems.push({ field: match.path, message: 'Hãy chọn mục trong danh sách gợi ý, hoặc chọn một lựa chọn khác.' });
      else if (!chosen() && !newInput.checked) problems.push({ field: match.path, message: 'Hãy chọn mục có sẵn trong sổ, hoặc tạo mục mới.' });
      if (newInput.checked) {
        const problem = textProblem(name.value, { max: LIMITS.name, required: true });
        if (problem) problems.push({ field: name.control.path, message: problem });
      }
      return problems;
    },
    corrections() {
      const entity = chosen();
      if (entity) return entity.id === proposed ? {} : { match: entity.id };
      const corrections: Corrections = proposed !== null ? { createNew: true } : {};
      if (normalized(name.value) !== normalized(p.name ?? '')) corrections.name = normalized(name.value);
      return corrections;
    },
  };
}
