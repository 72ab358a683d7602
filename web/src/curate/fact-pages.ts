import type { EntityRef } from '../api/types.js';
import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { entityUrl, kindByPath } from '../ui/kinds.js';
import { enumOptions } from '../ui/labels.js';
import { setTitle } from '../ui/status.js';
import { citationField } from './citation-field.js';
import { loadEntity } from './entity-form-page.js';
import { CurateForm, customControl, selectField, textField, type FormProblem } from './form.js';
import { personAllowed } from './page-access.js';
import { dateProblem, LIMITS, normalized, textProblem } from './rules.js';
import { recordParticipation, recordRoleObservation } from './writes.js';

/** A required or optional choice of one entity, as a form field under the API's name for it. */
function pickerField(path: string, label: string, kinds: string[], signal: AbortSignal, onPick?: (entity: EntityRef) => void) {
  const picker = entityPicker({ label, kinds, signal, onPick });
  return { picker, control: customControl(path, picker.element, picker.input) };
}

const optional = (value: string) => (normalized(value) ? normalized(value) : undefined);

/**
 * `/person/:id/role`: a role observation — the person held a title in an
 * organisation on a date, per the sources (at an event, the event's date).
 */
export async function renderRolePage({ params, outlet, signal }: PageContext): Promise<void> {
  setTitle('Ghi nhận chức danh');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const person = await loadEntity(outlet, params[0] ?? '', 'Person', '', signal);
  if (!person) return;
  setTitle('Ghi nhận chức danh', person.name);

  const organization = pickerField('input.organization', 'Tổ chức *', ['ORGANIZATION'], signal);
  const title = textField('input.title', 'Chức danh', { required: true, hint: 'Chuẩn hóa: "Chủ tịch", "Trưởng Ban", "Ủy viên Ban Thường vụ".' });
  const asWritten = textField('input.titleAsWritten', 'Chức danh như nguồn ghi', { hint: 'Ví dụ "Chủ tịch UBND tỉnh"; để trống nếu giống chức danh.' });
  const observedAt = textField('input.observedAt', 'Ngày ghi nhận', { required: true, placeholder: 'NNNN-TT-NN', hint: 'Chính xác như nguồn ghi: 2021, 2021-03 hoặc 2021-03-24. Ghi nhận tại một sự kiện thì ghi đúng ngày của sự kiện.' });
  const event = pickerField('input.event', 'Tại sự kiện (nếu có)', ['EVENT'], signal);
  const citation = citationField(signal);
  const form = new CurateForm({
    submitLabel: 'Lưu ghi nhận',
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      if (!organization.picker.value) put('input.organization', 'Hãy chọn tổ chức trong danh sách gợi ý.');
      put('input.title', textProblem(title.value, { max: LIMITS.shortText, required: true }));
      put('input.titleAsWritten', textProblem(asWritten.value, { max: LIMITS.shortText }));
      put('input.observedAt', dateProblem(observedAt.value, { required: true }));
      if (normalized(event.picker.input.value) && !event.picker.value) put('input.event', 'Hãy chọn sự kiện trong danh sách gợi ý, hoặc để trống.');
      return [...problems, ...citation.check()];
    },
    async send() {
      await recordRoleObservation({
        person: person.id,
        organization: organization.picker.value!.id,
        event: event.picker.value?.id,
        title: normalized(title.value),
        titleAsWritten: optional(asWritten.value),
        observedAt: observedAt.value.trim(),
        ...citation.value(),
      });
      navigate(`${entityUrl('Person', person.id)}/timeline`);
    },
  });
  form.add(organization.control, title.control, asWritten.control, observedAt.control, event.control);
  form.element.append(citation.element);
  citation.controls.forEach((c) => form.register(c));
  replace(outlet, h('h1', null, 'Ghi nhận chức danh: ', person.name), form.finish());
}

/**
 * `/person/:id/participation` and `/event/:id/participation`: a person took
 * part in an event in a role (the page's entity is one end, the other is picked).
 */
export async function renderParticipationPage({ params, outlet, signal }: PageContext): Promise<void> {
  const kind = kindByPath(params[0] ?? '');
  if (!kind || (kind.typename !== 'Person' && kind.typename !== 'Event')) return;
  setTitle('Ghi nhận tham dự');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const fixed = await loadEntity(outlet, params[1] ?? '', kind.typename, '', signal);
  if (!fixed) return;
  setTitle('Ghi nhận tham dự', fixed.name);
  const fromPerson = kind.typename === 'Person';

  const other = fromPerson ? pickerField('input.event', 'Sự kiện *', ['EVENT'], signal) : pickerField('input.person', 'Nhân vật *', ['PERSON'], signal);
  const role = selectField('input.role', 'Vai trò', enumOptions('ParticipationRole'), { required: true });
  const titleAtEvent = textField('input.titleAtEvent', 'Chức danh khi tham dự', { hint: 'Như nguồn ghi cho sự kiện này.' });
  const bridgePoint = textField('input.bridgePoint', 'Điểm cầu', { hint: 'Tên điểm cầu nếu tham dự trực tuyến.' });
  const citation = citationField(signal);
  const form = new CurateForm({
    submitLabel: 'Lưu ghi nhận',
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      if (!other.picker.value) put(other.control.path, `Hãy chọn ${fromPerson ? 'sự kiện' : 'nhân vật'} trong danh sách gợi ý.`);
      if (!role.value) put('input.role', 'Hãy chọn vai trò.');
      put('input.titleAtEvent', textProblem(titleAtEvent.value, { max: LIMITS.shortText }));
      put('input.bridgePoint', textProblem(bridgePoint.value, { max: LIMITS.shortText }));
      return [...problems, ...citation.check()];
    },
    async send() {
      const person = fromPerson ? fixed.id : other.picker.value!.id;
      const event = fromPerson ? other.picker.value!.id : fixed.id;
      await recordParticipation({ person, event, role: role.value, titleAtEvent: optional(titleAtEvent.value), bridgePoint: optional(bridgePoint.value), ...citation.value() });
      navigate(entityUrl(kind.typename, fixed.id));
    },
  });
  form.add(other.control, role.control, titleAtEvent.control, bridgePoint.control);
  form.element.append(citation.element);
  citation.controls.forEach((c) => form.register(c));
  replace(outlet, h('h1', null, 'Ghi nhận tham dự: ', fixed.name), form.finish());
}
