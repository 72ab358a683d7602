import { graphql, isAbort } from '../api/client.js';
import type { Typename } from '../api/types.js';
import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityUrl, kindByPath, kindOf } from '../ui/kinds.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { citationField } from './citation-field.js';
import { CURRENT_FIELDS, EDITABLE_KINDS, kindFields, type EditableKind } from './entity-fields.js';
import { CurateForm, textField, type FormProblem } from './form.js';
import { personAllowed } from './page-access.js';
import { aliasesProblem, LIMITS, linesOf, normalized, textProblem } from './rules.js';
import { createEntity, updateEntity } from './writes.js';

/** An entity as a curating page starts from: its kind, name, aliases and (for an edit) its current fields. */
export interface CurrentEntity {
  __typename: Typename;
  id: string;
  name: string;
  aliases: string[];
  [field: string]: unknown;
}

/** Reads the entity a page is about; null (after saying so) when it is not there or not of the page's kind. */
export async function loadEntity(outlet: HTMLElement, id: string, typename: Typename | null, selection: string, signal: AbortSignal): Promise<CurrentEntity | null> {
  replace(outlet, loading());
  let node: CurrentEntity | null;
  try {
    ({ node } = await graphql<{ node: CurrentEntity | null }>(`query CurateEntity($id: ID!) { node(id: $id) { __typename ... on Entity { id name aliases } ${selection} } }`, { id }, signal));
  } catch (error) {
    if (!isAbort(error)) replace(outlet, failure(error));
    return null;
  }
  if (!node || (typename && node.__typename !== typename) || node.__typename === 'Source') {
    replace(outlet, h('p', { class: 'status error', role: 'alert' }, 'Không tìm thấy mục này trong sổ.'));
    return null;
  }
  return node;
}

const CREATE_TITLES: Record<EditableKind, string> = {
  Model: 'Thêm mô hình',
  Person: 'Thêm nhân vật',
  Organization: 'Thêm tổ chức',
  Event: 'Thêm sự kiện',
  Program: 'Thêm chương trình',
};

/** `/new/person`, `/new/organization`, `/new/event`, `/new/program`: a create form citing its sources. */
export async function renderCreatePage({ params, outlet, signal }: PageContext): Promise<void> {
  const kind = kindByPath(params[0] ?? '');
  const typename = kind?.typename as EditableKind | undefined;
  if (!kind || !typename || !EDITABLE_KINDS.includes(typename)) return;
  setTitle(CREATE_TITLES[typename]);
  if (!(await personAllowed(outlet, 'editor', signal))) return;

  const name = textField('input.name', 'Tên', { required: true, hint: 'Như sổ đăng ký viết, đủ dấu; không kèm danh xưng (ông, bà, đồng chí).' });
  const aliases = textField('input.aliases', 'Tên gọi khác', { multiline: true, hint: 'Cách viết khác gặp trong nguồn (viết tắt, lỗi chính tả), mỗi dòng một tên.' });
  const fields = kindFields(typename);
  const citation = citationField(signal);
  const notice = h('div', { role: 'status' });
  const form = new CurateForm({
    submitLabel: 'Lưu',
    check(): FormProblem[] {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      put('input.name', textProblem(name.value, { max: LIMITS.name, required: true }));
      put('input.aliases', aliasesProblem(linesOf(aliases.value), name.value));
      return [...problems, ...fields.check(), ...citation.check()];
    },
    async send() {
      const input = { name: normalized(name.value), ...(linesOf(aliases.value).length ? { aliases: linesOf(aliases.value) } : {}), ...fields.values('create'), ...citation.value() };
      const { created, entity } = await createEntity(typename, input);
      if (created) {
        navigate(entityUrl(entity.__typename, entity.id));
        return;
      }
      // Creates are upserts on the id the name gives: the same name names the entity already there.
      replace(notice, h('p', { class: 'status' }, `Sổ đã có ${kindOf(entity.__typename).label.toLowerCase()} mang tên này; thông tin vừa nhập đã được thêm vào đó. `, h('a', { href: entityUrl(entity.__typename, entity.id) }, 'Mở trang của mục này'), '.'));
    },
  });
  form.add(name.control, aliases.control, ...fields.controls);
  form.element.append(citation.element);
  citation.controls.forEach((c) => form.register(c));
  replace(outlet, h('h1', null, CREATE_TITLES[typename]), h('p', { class: 'hint' }, 'Các ô có dấu * là bắt buộc.'), form.finish(), notice);
  name.input.focus();
}

/** `/:kind/:id/edit`: the fields of an entity other than its names, changed citing a source. */
export async function renderEditPage({ params, outlet, signal }: PageContext): Promise<void> {
  const kind = kindByPath(params[0] ?? '');
  const typename = kind?.typename as EditableKind | undefined;
  if (!kind || !typename || !EDITABLE_KINDS.includes(typename)) return;
  setTitle('Sửa thông tin');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const current = await loadEntity(outlet, params[1] ?? '', typename, `${CURRENT_FIELDS[typename]} ... on Entity { description }`, signal);
  if (!current) return;
  setTitle('Sửa thông tin', current.name);

  const fields = kindFields(typename, current);
  const citation = citationField(signal);
  const form = new CurateForm({
    submitLabel: 'Lưu thay đổi',
    check() {
      const problems = [...fields.check(), ...citation.check()];
      if (problems.length === 0 && Object.keys(fields.values('update')).length === 0) problems.push({ field: 'input', message: 'Chưa có gì thay đổi.' });
      return problems;
    },
    async send() {
      await updateEntity(typename, { id: current.id, ...fields.values('update'), ...citation.value() });
      navigate(entityUrl(current.__typename, current.id));
    },
  });
  form.add(...fields.controls);
  form.element.append(citation.element);
  citation.controls.forEach((c) => form.register(c));
  replace(
    outlet,
    h('h1', null, 'Sửa thông tin: ', current.name),
    h('p', { class: 'hint' }, 'Để sửa tên hay thêm tên gọi khác, dùng ', h('a', { href: `${entityUrl(current.__typename, current.id)}/names` }, 'Tên và tên gọi khác'), '.'),
    form.finish(),
  );
}
