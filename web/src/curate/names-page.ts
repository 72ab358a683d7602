import type { PageContext } from '../router.js';
import { navigate } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityUrl, kindByPath } from '../ui/kinds.js';
import { setTitle } from '../ui/status.js';
import { citationField } from './citation-field.js';
import { loadEntity } from './entity-form-page.js';
import { CurateForm, customControl, textField, type FormProblem } from './form.js';
import { personAllowed } from './page-access.js';
import { aliasesProblem, LIMITS, linesOf, normalized, textProblem } from './rules.js';
import { updateEntity, type EntityKindName } from './writes.js';

/**
 * `/:kind/:id/names`: fix an entity's name (keeping the old spelling as an
 * alias, since the sources wrote it so) and add or remove other names, in one
 * update<Kind> citing its sources.
 */
export async function renderNamesPage({ params, outlet, signal }: PageContext): Promise<void> {
  const kind = kindByPath(params[0] ?? '');
  if (!kind || kind.typename === 'Source') return;
  setTitle('Tên và tên gọi khác');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const current = await loadEntity(outlet, params[1] ?? '', kind.typename, '', signal);
  if (!current) return;
  setTitle('Tên và tên gọi khác', current.name);

  const name = textField('input.name', 'Tên', { value: current.name, required: true, hint: 'Sửa khi tên sai chính tả hay thiếu dấu.' });
  const keepOld = h('input', { type: 'checkbox', id: 'keep-old-name', checked: true });
  const add = textField('input.addAliases', 'Thêm tên gọi khác', { multiline: true, hint: 'Mỗi dòng một tên.' });
  const removals = current.aliases.map((alias, i) => ({ alias, box: h('input', { type: 'checkbox', id: `remove-alias-${i}` }) }));
  const removeList = customControl(
    'input.removeAliases',
    h(
      'div',
      null,
      h('p', { class: 'label' }, 'Tên gọi khác hiện có'),
      removals.length ? h('ul', { class: 'plain' }, removals.map(({ alias, box }) => h('li', null, box, ' ', h('label', { for: box.id }, `Bỏ "${alias}"`)))) : h('p', { class: 'hint' }, 'Chưa có.'),
    ),
    removals[0]?.box ?? keepOld,
  );
  const citation = citationField(signal);

  const added = () => {
    const lines = linesOf(add.value);
    const oldName = normalized(current.name);
    const renamed = normalized(name.value) !== oldName;
    return renamed && keepOld.checked && !lines.includes(oldName) ? [...lines, oldName] : lines;
  };
  const form = new CurateForm({
    submitLabel: 'Lưu',
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      put('input.name', textProblem(name.value, { max: LIMITS.name, required: true }));
      put('input.addAliases', aliasesProblem(added(), name.value));
      problems.push(...citation.check());
      const changed = normalized(name.value) !== normalized(current.name) || added().length > 0 || removals.some((r) => r.box.checked);
      if (problems.length === 0 && !changed) problems.push({ field: 'input', message: 'Chưa có gì thay đổi.' });
      return problems;
    },
    async send() {
      const input: Record<string, unknown> = { id: current.id, ...citation.value() };
      if (normalized(name.value) !== normalized(current.name)) input.name = normalized(name.value);
      if (added().length) input.addAliases = added();
      const removed = removals.filter((r) => r.box.checked).map((r) => r.alias);
      if (removed.length) input.removeAliases = removed;
      await updateEntity(current.__typename as EntityKindName, input);
      navigate(entityUrl(current.__typename, current.id));
    },
  });
  form.add(name.control, h('p', { class: 'check' }, keepOld, ' ', h('label', { for: keepOld.id }, 'Giữ tên cũ làm tên gọi khác (nguồn đã viết như vậy)')), add.control, removeList);
  form.element.append(citation.element);
  citation.controls.forEach((c) => form.register(c));
  replace(outlet, h('h1', null, 'Tên và tên gọi khác: ', current.name), form.finish());
}
