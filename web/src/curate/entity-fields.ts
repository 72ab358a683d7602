import { enumOptions } from '../ui/labels.js';
import { selectField, textField, type Control, type FormProblem } from './form.js';
import { dateProblem, datesOutOfOrder, LIMITS, normalized, textProblem, yearProblem } from './rules.js';

/** The kinds with a create and an edit form in the explorer. */
export type EditableKind = 'Person' | 'Organization' | 'Event' | 'Program' | 'Model';
export const EDITABLE_KINDS: readonly EditableKind[] = ['Model', 'Person', 'Organization', 'Event', 'Program'];

/** One property of a kind as its form asks for it (the API's names; Vietnamese labels). */
type FieldSpec =
  | { key: string; label: string; type: 'text'; max: number; multiline?: boolean; required?: boolean; hint?: string }
  | { key: string; label: string; type: 'enum'; enumName: string; required?: boolean }
  | { key: string; label: string; type: 'date'; hint?: string }
  | { key: string; label: string; type: 'year' }
  | { key: string; label: string; type: 'yesNo' };

const description: FieldSpec = { key: 'description', label: 'Mô tả', type: 'text', max: LIMITS.description, multiline: true, hint: 'Tiếng Việt, ngắn gọn; không chép nguyên câu của bài báo.' };

/** What each kind's form asks besides the name and aliases, as api/write/entity-specs.ts checks it. */
const KIND_FIELDS: Record<EditableKind, FieldSpec[]> = {
  Person: [description],
  Organization: [
    { key: 'kind', label: 'Loại tổ chức', type: 'enum', enumName: 'OrganizationKind', required: true },
    { key: 'level', label: 'Cấp', type: 'enum', enumName: 'OrganizationLevel' },
    { key: 'line', label: 'Khối', type: 'enum', enumName: 'OrganizationLine', required: true },
    { key: 'validFrom', label: 'Thành lập từ', type: 'date' },
    { key: 'validTo', label: 'Giải thể (không có đơn vị kế thừa)', type: 'date' },
    description,
  ],
  Event: [
    { key: 'kind', label: 'Loại sự kiện', type: 'enum', enumName: 'EventKind', required: true },
    { key: 'date', label: 'Ngày diễn ra', type: 'date', hint: 'Chính xác như nguồn ghi: 2021, 2021-03 hoặc 2021-03-24.' },
    { key: 'online', label: 'Trực tuyến', type: 'yesNo' },
    description,
  ],
  Program: [
    { key: 'kind', label: 'Loại', type: 'enum', enumName: 'ProgramKind', required: true },
    { key: 'startYear', label: 'Từ năm', type: 'year' },
    { key: 'endYear', label: 'Đến năm', type: 'year' },
    description,
  ],
  Model: [{ key: 'category', label: 'Lĩnh vực', type: 'text', max: LIMITS.shortText, hint: 'Ví dụ: Dân vận khéo.' }, description],
};

/** The GraphQL selection that reads the current values of a kind's fields (for an edit form). */
export const CURRENT_FIELDS: Record<EditableKind, string> = {
  Person: '',
  Organization: '... on Organization { kind level line validFromPartial { text } validToPartial { text } }',
  Event: '... on Event { kind datePartial { text } online }',
  Program: '... on Program { kind startYear endYear }',
  Model: '... on Model { category }',
};

/** A current value as the form shows it (text), from what CURRENT_FIELDS reads. */
function shown(current: Record<string, unknown>, key: string): string {
  const partial = current[`${key}Partial`] as { text: string } | null | undefined;
  if (partial !== undefined) return partial?.text ?? '';
  const value = current[key];
  return value === null || value === undefined ? '' : String(value);
}

interface BuiltField {
  spec: FieldSpec;
  control: Control;
  read(): string;
  initial: string;
}

export interface KindFields {
  controls: Control[];
  check(): FormProblem[];
  /** The input's fields: on create every given one; on update only what changed, null for a value cleared. */
  values(mode: 'create' | 'update'): Record<string, unknown>;
}

function build(spec: FieldSpec, initial: string): BuiltField {
  const path = `input.${spec.key}`;
  switch (spec.type) {
    case 'text': {
      const field = textField(path, spec.label, { value: initial, required: spec.required, multiline: spec.multiline, hint: spec.hint });
      return { spec, control: field.control, read: () => field.value, initial };
    }
    case 'enum': {
      const field = selectField(path, spec.label, enumOptions(spec.enumName), { value: initial, required: spec.required });
      return { spec, control: field.control, read: () => field.value, initial };
    }
    case 'yesNo': {
      const field = selectField(path, spec.label, [['true', 'Có'], ['false', 'Không']], { value: initial });
      return { spec, control: field.control, read: () => field.value, initial };
    }
    case 'date': {
      const field = textField(path, spec.label, { value: initial, placeholder: 'NNNN-TT-NN', hint: spec.hint ?? 'Dạng NNNN, NNNN-TT hoặc NNNN-TT-NN.' });
      return { spec, control: field.control, read: () => field.value, initial };
    }
    case 'year': {
      const field = textField(path, spec.label, { value: initial, inputMode: 'numeric', placeholder: 'NNNN' });
      return { spec, control: field.control, read: () => field.value, initial };
    }
  }
}

function valueOf(field: BuiltField): unknown {
  const text = normalized(field.read());
  if (text === '') return null;
  if (field.spec.type === 'year') return Number(text);
  if (field.spec.type === 'yesNo') return text === 'true';
  return text;
}

/** The fields of a kind's form, filled with `current` when editing. */
export function kindFields(kind: EditableKind, current: Record<string, unknown> = {}): KindFields {
  const fields = KIND_FIELDS[kind].map((spec) => build(spec, shown(current, spec.key)));
  const byKey = new Map(fields.map((f) => [f.spec.key, f]));
  return {
    controls: fields.map((f) => f.control),
    check() {
      const problems: FormProblem[] = [];
      for (const field of fields) {
        const { spec } = field;
        const value = field.read();
        let problem: string | null = null;
        if (spec.type === 'text') problem = textProblem(value, { max: spec.max, multiline: spec.multiline, required: spec.required });
        else if (spec.type === 'enum' && spec.required && !value) problem = 'Hãy chọn một giá trị.';
        else if (spec.type === 'date') problem = dateProblem(value);
        else if (spec.type === 'year') problem = yearProblem(value);
        if (problem) problems.push({ field: field.control.path, message: problem });
      }
      const from = byKey.get('validFrom')?.read() ?? '';
      const to = byKey.get('validTo')?.read() ?? '';
      if (from && to && !dateProblem(from) && !dateProblem(to) && datesOutOfOrder(from, to)) problems.push({ field: 'input.validTo', message: 'Không được trước thời điểm thành lập.' });
      const start = Number(byKey.get('startYear')?.read() || NaN);
      const end = Number(byKey.get('endYear')?.read() || NaN);
      if (start > end) problems.push({ field: 'input.endYear', message: 'Không được trước năm bắt đầu.' });
      return problems;
    },
    values(mode) {
      const out: Record<string, unknown> = {};
      for (const field of fields) {
        const value = valueOf(field);
        if (mode === 'create' ? value !== null : normalized(field.read()) !== normalized(field.initial)) out[field.spec.key] = value;
      }
      return out;
    },
  };
}
