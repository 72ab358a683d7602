import { ARTICLE_LIMITS } from '../../../ingest/article/limits.js';
import { isPartialDate, parsePartialDate } from '../../../model/partial-date.js';
import { LIMITS, normalized, textProblem } from './rules.js';

/**
 * The checks of ingestArticle's input (api/ingest/article-intake.ts), run in
 * the browser before an article is sent, with the API's numbers: the size of
 * what is read comes from ingest/article/limits.ts (bundled: it is pure and
 * imports nothing), the title and publisher from the write LIMITS, and the two
 * the intake keeps to itself are mirrored here (test/unit/article-rules.test.ts
 * holds them equal to the schema's descriptions and runs the intake on the
 * same values). Each check returns a Vietnamese message, or null.
 *
 * The length of the article's text (ARTICLE_LIMITS.maxTextChars) is counted by
 * the API after it has turned the page into normalised text; the browser
 * cannot tell it in advance, so it only states it.
 */
export { ARTICLE_LIMITS };

export const ARTICLE_INPUT = {
  /** `IngestArticleInput.url`: characters. */
  url: 2_000,
  /** `RejectProposalInput.reason`: characters (LIMITS.note of the write checks). */
  reason: LIMITS.note,
} as const;

/** Bytes as the API counts them: the text as UTF-8. */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

const MIB = 1024 * 1024;

export function contentProblem(content: string): string | null {
  if (content.trim() === '') return 'Hãy dán nội dung bài hoặc chọn tệp trang web đã lưu.';
  const bytes = utf8Bytes(content);
  if (bytes > ARTICLE_LIMITS.maxInputBytes) return `Bài quá lớn: ${(bytes / MIB).toFixed(1)} MB, tối đa ${ARTICLE_LIMITS.maxInputBytes / MIB} MB.`;
  if (content.includes('\u0000')) return 'Nội dung có ký tự NUL: đây là tệp nhị phân, không phải văn bản hay trang web.';
  return null;
}

/** A file chosen for upload, before reading it: its size as the API will count it is at least its bytes' (decoding may only add). */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return 'Tệp rỗng.';
  if (file.size > ARTICLE_LIMITS.maxInputBytes) return `Tệp quá lớn: ${(file.size / MIB).toFixed(1)} MB, tối đa ${ARTICLE_LIMITS.maxInputBytes / MIB} MB.`;
  return null;
}

/** The article's address: optional, an http(s) URL within ARTICLE_INPUT.url characters. */
export function articleUrlProblem(value: string): string | null {
  const text = normalized(value);
  if (text === '') return null;
  const problem = textProblem(text, { max: ARTICLE_INPUT.url });
  if (problem) return problem;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Địa chỉ web không hợp lệ (ví dụ đúng: https://baodongthap.vn/tin-tuc/…).';
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'Địa chỉ web phải bắt đầu bằng http:// hoặc https://.';
}

/** The publication day: optional, YYYY-MM-DD, a real day, not after today (the API's today is UTC's, as here). */
export function publishedAtProblem(value: string, now: Date = new Date()): string | null {
  const text = value.trim();
  if (text === '') return null;
  const parsed = parsePartialDate(text);
  if (!isPartialDate(parsed) && /calendar/.test(parsed.error)) return `"${text}" không phải là một ngày có thật.`;
  if (!isPartialDate(parsed) || parsed.precision !== 'DAY') return 'Ghi ngày đăng đủ ngày, tháng, năm theo dạng NNNN-TT-NN (ví dụ 2024-05-15).';
  const today = now.toISOString().slice(0, 10);
  return parsed.text > today ? `Ngày đăng ${text} ở tương lai (hôm nay là ${today} theo giờ UTC).` : null;
}

/** The reason of a rejection: required, one to ARTICLE_INPUT.reason characters, several lines allowed. */
export const reasonProblem = (value: string) => textProblem(value, { max: ARTICLE_INPUT.reason, required: true, multiline: true });

/**
 * The encodings the API reads a saved page in (ingest/article/decode.ts),
 * by the name a page declares, as the browser's TextDecoder names them.
 */
const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
};

export type Decoded = { text: string } | { problem: string };

/**
 * A saved page's bytes as text, read as the API would read the same file: a
 * byte-order mark first, else (for HTML) the page's own `<meta charset>`,
 * else UTF-8 without a single invalid sequence. The API takes the article as
 * text, so the browser decodes it; a page it could not read is refused here.
 */
export function decodePage(bytes: Uint8Array, isHtml: boolean): Decoded {
  if (bytes.length === 0) return { problem: 'Tệp rỗng.' };
  const decode = (label: string, from: number): Decoded => {
    try {
      return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from)) };
    } catch {
      return { problem: 'Tệp không đọc được bằng bảng mã UTF-8 và không khai báo bảng mã khác: hãy lưu lại trang dưới dạng UTF-8.' };
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
  if (isHtml) {
    // The declaration sits in the head, in ASCII: the first 4 KiB read as Latin-1.
    const head = String.fromCharCode(...bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)/i.exec(head)?.[1]?.toLowerCase();
    if (declared && !ENCODINGS[declared]) return { problem: `Trang khai báo bảng mã “${declared}”, máy chủ chỉ đọc được UTF-8, UTF-16 (có BOM) và windows-1258.` };
    if (declared) return decode(ENCODINGS[declared]!, 0);
  }
  return decode('utf-8', 0);
}

/** The format of an uploaded file, from its name: a saved page or a text file. */
export const fileFormat = (name: string): 'HTML' | 'TEXT' => (/\.txt$/i.test(name) ? 'TEXT' : 'HTML');
