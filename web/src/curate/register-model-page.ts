import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { entityUrl } from '../ui/kinds.js';
import { setTitle } from '../ui/status.js';
import { citationField } from './citation-field.js';
import { entityListField, listDateControls } from './entity-list-field.js';
import { CurateForm, customControl, group, textField, type FormProblem } from './form.js';
import { personAllowed } from './page-access.js';
import { aliasesProblem, dateProblem, LIMITS, linesOf, normalized, textProblem } from './rules.js';
import { registerModel } from './writes.js';

/**
 * `/new/model`: registering a model with what the registry records around it —
 * where and when it started, where it was taken up and when, the programs
 * backing it, the organisation to contact — all in one registerModel (one
 * transaction: everything is saved, or nothing), citing its sources.
 */
export async function renderRegisterModelPage({ outlet, signal }: PageContext): Promise<void> {
  setTitle('Đăng ký mô hình');
  if (!(await personAllowed(outlet, 'editor', signal))) return;

  const name = textField('input.name', 'Tên mô hình', { required: true, hint: 'Như sổ đăng ký viết, đủ dấu; ví dụ "Hội quán".' });
  const aliases = textField('input.aliases', 'Tên gọi khác', { multiline: true, hint: 'Mỗi dòng một tên.' });
  const category = textField('input.category', 'Lĩnh vực', { hint: 'Ví dụ: Dân vận khéo.' });
  const description = textField('input.description', 'Mô tả', { multiline: true, hint: 'Tiếng Việt, ngắn gọn; không chép nguyên câu của bài báo.' });

  const originPicker = entityPicker({ label: 'Nơi khởi nguồn', kinds: ['PLACE'], signal });
  const origin = customControl('input.origin.place', originPicker.element, originPicker.input);
  const originSince = textField('input.origin.since', 'Thời điểm khởi nguồn', { placeholder: 'NNNN-TT-NN', hint: 'Như nguồn ghi: 2016, 2016-03 hoặc 2016-03-01.' });
  const adoptions = entityListField({ path: 'input.adoptions', label: 'Thêm nơi nhân rộng', kinds: ['PLACE'], signal, since: 'Từ khi', hint: 'Chọn từng địa danh; ghi từ khi nào nếu nguồn có.' });
  const programs = entityListField({ path: 'input.programs', label: 'Thêm chương trình hỗ trợ', kinds: ['PROGRAM'], signal });
  const contacts = entityListField({ path: 'input.contacts', label: 'Thêm đơn vị đầu mối liên hệ', kinds: ['ORGANIZATION'], signal });
  const citation = citationField(signal);

  const form = new CurateForm({
    submitLabel: 'Đăng ký mô hình',
    dynamic: () => listDateControls(adoptions, 'input.adoptions'),
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      put('input.name', textProblem(name.value, { max: LIMITS.name, required: true }));
      put('input.aliases', aliasesProblem(linesOf(aliases.value), name.value));
      put('input.category', textProblem(category.value, { max: LIMITS.shortText }));
      put('input.description', textProblem(description.value, { max: LIMITS.description, multiline: true }));
      if (normalized(originPicker.input.value) && !originPicker.value) put('input.origin.place', 'Hãy chọn địa danh trong danh sách gợi ý, hoặc để trống.');
      put('input.origin.since', dateProblem(originSince.value));
      if (normalized(originSince.value) && !originPicker.value) put('input.origin.since', 'Hãy chọn nơi khởi nguồn cho thời điểm này.');
      return [...problems, ...adoptions.check(), ...programs.check(), ...contacts.check(), ...citation.check()];
    },
    async send() {
      const optional = (value: string) => (normalized(value) ? normalized(value) : undefined);
      const input = {
        name: normalized(name.value),
        aliases: linesOf(aliases.value),
        category: optional(category.value),
        description: optional(description.value),
        origin: originPicker.value ? { place: originPicker.value.id, since: optional(originSince.value) } : undefined,
        adoptions: adoptions.items.map((item) => ({ place: item.entity.id, since: item.since ? optional(item.since.value) : undefined })),
        programs: programs.items.map((item) => item.entity.id),
        contacts: contacts.items.map((item) => item.entity.id),
        ...citation.value(),
      };
      const { entity } = await registerModel(input);
      navigate(entityUrl('Model', entity.id));
    },
  });
  form.add(name.control, aliases.control, category.control, description.control);
  form.element.append(
    group('Nơi và thời điểm khởi nguồn', origin.element, originSince.control.element),
    group('Nơi nhân rộng', adoptions.element),
    group('Chương trình hỗ trợ và đầu mối liên hệ', programs.element, contacts.element),
    citation.element,
  );
  for (const control of [origin, originSince.control, adoptions.control, programs.control, contacts.control, ...citation.controls]) form.register(control);
  replace(
    outlet,
    h('h1', null, 'Đăng ký mô hình'),
    h('p', { class: 'hint' }, 'Mọi thông tin được lưu cùng lúc và cùng dẫn các nguồn bên dưới; nếu một phần không lưu được thì không phần nào được lưu. Các ô có dấu * là bắt buộc.'),
    form.finish(),
  );
  name.input.focus();
}
