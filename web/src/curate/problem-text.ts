import { formatDateText } from '../ui/dates.js';

/**
 * The API's problems (api/write, in English, for programs) as the person
 * filling the form reads them. A message the table does not know is shown as
 * the API wrote it, so nothing the API says is ever hidden.
 */
const MESSAGES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^must be at most (\d+) characters, got (\d+)/, (m) => `Tối đa ${m[1]} ký tự (đang có ${m[2]}).`],
  [/^must not be empty|^is required/, () => 'Không được để trống.'],
  [/^must be one line/, () => 'Chỉ được viết trên một dòng.'],
  [/^must not contain control characters/, () => 'Không được chứa ký tự điều khiển.'],
  [/^must not contain bidirectional/, () => 'Không được chứa ký tự định hướng văn bản.'],
  [/^"(.+)" is not a calendar date/, (m) => `"${m[1]}" không phải là một ngày có thật.`],
  [/is not a partial date/, () => 'Ghi ngày theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2021, 2021-03 hoặc 2021-03-24).'],
  [/^"(.+)" differs from the date of the event \("(.+)"\)/, (m) => `Ngày ${formatDateText(m[1]!)} khác ngày của sự kiện (${formatDateText(m[2]!)}): ghi nhận tại một sự kiện phải ghi đúng ngày của sự kiện.`],
  [/^names no (\w+)/, () => 'Không tìm thấy mục này trong sổ (có thể vừa bị xóa hoặc gộp). Hãy chọn lại.'],
  [/^cite at least one source/, () => 'Hãy dẫn ít nhất một nguồn: chọn nguồn có sẵn hoặc nhập nguồn mới.'],
  [/^is the address of a source already in the registry/, () => 'Địa chỉ này đã có trong sổ: hãy chọn nguồn đó ở ô "Chọn nguồn có sẵn".'],
  [/^repeats/, () => 'Bị lặp lại.'],
  [/is before (validFrom|startYear)/, () => 'Không được trước thời điểm bắt đầu.'],
  [/^must be a web address/, () => 'Địa chỉ web phải bắt đầu bằng http:// hoặc https://.'],
  [/^must be between (\d+) and (\d+)/, (m) => `Phải từ ${m[1]} đến ${m[2]}.`],
  [/^must list at most (\d+)/, (m) => `Tối đa ${m[1]} mục.`],
  [/^must be the id of/, () => 'Mục đã chọn không đúng loại.'],
  [/has changed since this entry/, () => 'Đã được sửa sau thay đổi này, nên không hoàn tác được (để không ghi đè lần sửa sau).'],
  [/is gone since this entry/, () => 'Đã bị xóa hoặc gộp sau thay đổi này, nên không hoàn tác được.'],
  [/which this entry created, has (.+) written since/, () => 'Mục do thay đổi này tạo ra đã được dùng trong thông tin ghi sau đó, nên không hoàn tác được.'],
  [/^must be of the same kind as the survivor/, () => 'Hai mục phải cùng loại (hai nhân vật, hai tổ chức…).'],
  [/^is the survivor itself|^was already merged into/, () => 'Đây là cùng một mục (hoặc mục này đã được gộp vào mục kia).'],
  [/^was undone already/, () => 'Thay đổi này đã được hoàn tác rồi.'],
];

export function problemText(message: string): string {
  // Read errors and refusals name the field before a colon; problems do not.
  const text = message.replace(/^input(\.[\w[\].]+)?: /, '');
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return `Máy chủ từ chối: ${text}`;
}
