import { formatDateText } from '../ui/dates.js';
import { ARTICLE_LIMITS } from './article-rules.js';

/**
 * The API's problems (api/write, in English, for programs) as the person
 * filling the form reads them. A message the table does not know is shown as
 * the API wrote it, so nothing the API says is ever hidden.
 */
const MESSAGES: [RegExp, (match: RegExpExecArray) => string][] = [
  // Taking an article in (api/ingest/article-intake.ts): refusals of the article name their reason's code last.
  [/\((EMPTY)\)$/, () => 'Tệp hoặc nội dung không có chữ nào.'],
  [/\((BINARY)\)$/, () => 'Đây là tệp nhị phân, không phải văn bản hay trang web.'],
  [/\((TOO_LARGE)\)$/, () => `Bài quá lớn: tối đa ${ARTICLE_LIMITS.maxInputBytes / 1024 / 1024} MB, phần chữ tối đa ${ARTICLE_LIMITS.maxTextChars.toLocaleString('vi-VN')} ký tự.`],
  [/\((UNKNOWN_ENCODING|UNDECODABLE)\)$/, () => 'Không đọc được bảng mã của tệp: hãy lưu lại trang dưới dạng UTF-8.'],
  [/\((NOT_TEXT)\)$/, () => 'Bài có ký tự điều khiển, ký tự định hướng văn bản hoặc ký tự không hợp lệ.'],
  [/\((NO_ARTICLE_BODY)\)$/, () => 'Trang không có phần thân bài (nội dung chính quá ngắn để là một bài báo). Hãy dán nội dung bài vào ô thay vì tải trang lên.'],
  [/date (\S+) is in the future \(today is (\S+)\)/, (m) => `Ngày ${m[1]} ở tương lai (hôm nay là ${m[2]} theo giờ UTC).`],
  [/^is required: the article states no title of its own/, () => 'Bài không có tiêu đề riêng: hãy nhập tiêu đề.'],
  [/which was taken in with another text/, () => 'Địa chỉ này đã được đưa vào với một nội dung khác: bài đã thay đổi thì không đưa lại được. Bỏ trống địa chỉ để đưa nội dung này vào như một nguồn khác.'],
  [/^must be a calendar date written YYYY-MM-DD/, () => 'Ghi ngày đăng đủ ngày, tháng, năm theo dạng NNNN-TT-NN (ví dụ 2024-05-15).'],
  // Reviewing (api/ingest/accept-plan.ts, undo-plan.ts, review.operations.ts).
  [/^the \w+ "(.+)" \(proposal [^)]+\) is pending \(\w+[^)]*\): accept it first/, (m) => `Cần xét “${m[1]}” trước (sổ chưa có hoặc chưa chắc là mục nào): hãy chấp nhận đề xuất đối tượng đó, là mục có sẵn hoặc mục mới.`],
  [/^the \w+ "(.+)" \(proposal [^)]+\) was rejected: accept it first/, (m) => `“${m[1]}” đã bị từ chối: hãy chấp nhận lại đề xuất đối tượng đó trước, hoặc từ chối cả thông tin này.`],
  [/^the \w+ "(.+)" \(proposal [^)]+\) is AMBIGUOUS between/, () => 'Sổ có nhiều mục giống: hãy chọn một mục, hoặc tạo mục mới.'],
  [/stands for (\S+), which no longer exists/, () => 'Mục đã chọn cho đối tượng này không còn trong sổ: hãy hoàn tác và chọn lại.'],
  [/is not a \w+ of the registry \(deleted since/, () => 'Mục đã chọn không còn trong sổ: hãy chọn mục khác, hoặc tạo mục mới.'],
  [/^both (\S+) and (\S+) are taken/, () => 'Sổ đã có hai mục mang tên này: hãy đặt tên khác, hoặc chọn mục có sẵn.'],
  [/^accepted facts of this article use this entity/, () => 'Các thông tin đã chấp nhận từ bài này đang dùng đối tượng này: hãy hoàn tác chúng trước.'],
  [/^is required: the article gives no date for this observation/, () => 'Bài không ghi ngày: hãy nhập ngày ghi nhận.'],
  [/^was accepted \(.*\): undo the acceptance first/, () => 'Đề xuất đã được chấp nhận: hãy hoàn tác trước khi từ chối.'],
  [/^is (PENDING|REJECTED): only an accepted proposal can be undone/, () => 'Chỉ hoàn tác được đề xuất đã chấp nhận.'],
  [/^names no proposal/, () => 'Không còn đề xuất này (bài có thể vừa bị xóa). Hãy tải lại trang.'],
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
