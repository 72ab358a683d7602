import type { EntityRef } from '../api/types.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { enumOptions } from '../ui/labels.js';
import { customControl, selectField, textField, type Control, type FormProblem } from './form.js';
import { dateProblem, LIMITS, normalized, textProblem, webAddressProblem } from './rules.js';

/** The citation of a write as the API takes it: ids of existing sources, and the sources to create with it. */
export interface CitationInput {
  sources: string[];
  newSources?: Record<string, string>[];
}

export interface CitationField {
  element: HTMLElement;
  controls: Control[];
  check(): FormProblem[];
  value(): CitationInput;
}

/**
 * "Nguồn dẫn": every write cites at least one source — one already in the
 * registry, picked by searching as you type, or a new one entered here and
 * created with the write, in its transaction.
 */
export function citationField(signal: AbortSignal): CitationField {
  const chosen: EntityRef[] = [];
  const list = h('ul', { class: 'chosen-list', 'aria-label': 'Nguồn đã chọn' });
  const picker = entityPicker({
    label: 'Chọn nguồn có sẵn',
    kinds: ['SOURCE'],
    signal,
    onPick(source) {
      if (!chosen.some((s) => s.id === source.id)) chosen.push(source);
      picker.clear();
      render();
    },
  });
  function render(): void {
    replace(
      list,
      chosen.map((source, i) =>
        h(
          'li',
          null,
          h('span', null, source.name),
          ' ',
          h('button', { type: 'button', class: 'link-button', 'aria-label': `Bỏ nguồn ${source.name}`, onclick: () => (chosen.splice(i, 1), render()) }, 'Bỏ'),
        ),
      ),
    );
  }
  const existing = customControl('input.sources', h('div', null, picker.element, list), picker.input);

  const newOn = h('input', { type: 'checkbox', id: `new-source-${Math.random().toString(36).slice(2, 8)}` });
  const title = textField('input.newSources[0].title', 'Tiêu đề', { required: true, hint: 'Như nguồn ghi, tối đa ' + LIMITS.name + ' ký tự.' });
  const kind = selectField('input.newSources[0].kind', 'Loại nguồn', enumOptions('SourceKind'), { value: 'ARTICLE', required: true });
  const publisher = textField('input.newSources[0].publisher', 'Cơ quan xuất bản');
  const author = textField('input.newSources[0].author', 'Tác giả');
  const publishedAt = textField('input.newSources[0].publishedAt', 'Ngày đăng', { placeholder: 'NNNN-TT-NN', hint: 'Ví dụ 2023-04-02, hoặc 2023-04, hoặc 2023.' });
  const url = textField('input.newSources[0].url', 'Địa chỉ web', { inputMode: 'url', placeholder: 'https://…' });
  const newFields = h('div', { class: 'new-source', hidden: true }, title.control.element, kind.control.element, publisher.control.element, author.control.element, publishedAt.control.element, url.control.element);
  newOn.addEventListener('change', () => {
    newFields.hidden = !newOn.checked;
    if (newOn.checked) title.input.focus();
  });

  const element = h(
    'fieldset',
    { class: 'form-group citation' },
    h('legend', null, 'Nguồn dẫn *'),
    h('p', { class: 'hint' }, 'Mỗi thay đổi phải dẫn ít nhất một nguồn: bài báo hay văn bản đã có trong sổ, hoặc một nguồn mới nhập ngay dưới đây.'),
    existing.element,
    h('p', { class: 'check' }, newOn, ' ', h('label', { for: newOn.id }, 'Nhập nguồn mới (chưa có trong sổ)')),
    newFields,
  );

  return {
    element,
    controls: [existing, title.control, kind.control, publisher.control, author.control, publishedAt.control, url.control],
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      if (chosen.length === 0 && !newOn.checked) put('input.sources', 'Hãy dẫn ít nhất một nguồn: chọn nguồn có sẵn hoặc nhập nguồn mới.');
      if (chosen.length > LIMITS.sources) put('input.sources', `Tối đa ${LIMITS.sources} nguồn.`);
      if (newOn.checked) {
        put(title.control.path, textProblem(title.value, { max: LIMITS.name, required: true }));
        if (!kind.value) put(kind.control.path, 'Hãy chọn loại nguồn.');
        put(publisher.control.path, textProblem(publisher.value, { max: LIMITS.shortText }));
        put(author.control.path, textProblem(author.value, { max: LIMITS.shortText }));
        put(publishedAt.control.path, dateProblem(publishedAt.value));
        put(url.control.path, webAddressProblem(url.value));
      }
      return problems;
    },
    value() {
      const citation: CitationInput = { sources: chosen.map((s) => s.id) };
      if (newOn.checked) {
        const source: Record<string, string> = { title: normalized(title.value), kind: kind.value };
        for (const [key, field] of [['publisher', publisher], ['author', author], ['publishedAt', publishedAt], ['url', url]] as const) {
          if (normalized(field.value)) source[key] = normalized(field.value);
        }
        citation.newSources = [source];
      }
      return citation;
    },
  };
}
