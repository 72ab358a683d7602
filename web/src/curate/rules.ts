import { LIMITS } from '../../../api/write/limits.js';
import { isPartialDate, parsePartialDate } from '../../../model/partial-date.js';

/**
 * The API's checks of a write's input (api/write/checker.ts), run in the
 * browser before anything is sent, with the same numbers: the lengths come
 * from the API's own LIMITS and dates are read by the model's own parser, both
 * bundled from the repository, so the browser can never allow what the API
 * refuses or refuse what it allows. Each check returns a Vietnamese message,
 * or null when the value passes. The API checks everything again.
 */
export { LIMITS };

/**
 * The years a program's period may name (the seed schema's `$defs.year`, which
 * the API reads as YEAR_RANGE; a unit test holds the two equal).
 */
export const YEARS = { min: 1900, max: 2100 } as const;

/** A source's web address as the API takes it (SOURCE_URL of api/write/entity-specs.ts; the same unit test compares them). */
export const WEB_ADDRESS = /^https?:\/\/\S+$/;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** Text as the API stores it: NFC, trimmed. */
export const normalized = (value: string) => value.normalize('NFC').trim();

/** Characters as the API counts them: code points, after NFC. */
export const length = (value: string) => [...normalized(value)].length;

export function textProblem(value: string, options: { max: number; multiline?: boolean; required?: boolean }): string | null {
  const text = normalized(value);
  if (text.length === 0) return options.required ? 'Không được để trống.' : null;
  const count = [...text].length;
  if (count > options.max) return `Tối đa ${options.max} ký tự (đang có ${count}).`;
  if (CONTROL.test(text)) return 'Không được chứa ký tự điều khiển.';
  if (UNPAIRED_SURROGATE.test(text)) return 'Có ký tự không hợp lệ (nửa cặp surrogate).';
  if (BIDI_FORMATTING.test(text)) return 'Không được chứa ký tự định hướng văn bản (U+202A–U+202E, U+2066–U+2069).';
  if (!options.multiline && /[\r\n]/.test(text)) return 'Chỉ được viết trên một dòng.';
  return null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export function dateProblem(value: string, options: { required?: boolean } = {}): string | null {
  const text = value.trim();
  if (text.length === 0) return options.required ? 'Không được để trống.' : null;
  const parsed = parsePartialDate(text);
  if (isPartialDate(parsed)) return null;
  return /calendar/.test(parsed.error) ? `"${text}" không phải là một ngày có thật.` : 'Ghi ngày theo dạng NNNN, NNNN-TT hoặc NNNN-TT-NN (ví dụ 2021, 2021-03 hoặc 2021-03-24).';
}

/** Whether partial date `to` ends before partial date `from` begins (the API compares the days they cover). */
export function datesOutOfOrder(from: string, to: string): boolean {
  const a = parsePartialDate(from.trim());
  const b = parsePartialDate(to.trim());
  return isPartialDate(a) && isPartialDate(b) && a.from > b.to;
}

export function yearProblem(value: string): string | null {
  const text = value.trim();
  if (text.length === 0) return null;
  if (!/^\d+$/.test(text)) return 'Ghi năm bằng chữ số (ví dụ 2021).';
  const year = Number(text);
  return year < YEARS.min || year > YEARS.max ? `Năm phải từ ${YEARS.min} đến ${YEARS.max}.` : null;
}

export function webAddressProblem(value: string): string | null {
  const text = normalized(value);
  if (text.length === 0) return null;
  return textProblem(text, { max: LIMITS.url }) ?? (WEB_ADDRESS.test(text) ? null : 'Địa chỉ web phải bắt đầu bằng http:// hoặc https:// và không có dấu cách.');
}

/** One name per line, as the API takes a list of aliases: each checked, none repeated, none the name itself. */
export function aliasesProblem(lines: readonly string[], name: string): string | null {
  if (lines.length > LIMITS.aliases) return `Tối đa ${LIMITS.aliases} tên gọi khác mỗi lần (đang có ${lines.length}).`;
  const seen = new Set<string>();
  for (const line of lines) {
    const problem = textProblem(line, { max: LIMITS.name });
    if (problem) return `"${line.slice(0, 40)}": ${problem}`;
    const text = normalized(line);
    if (seen.has(text)) return `"${text}" bị lặp lại.`;
    if (text === normalized(name)) return `"${text}" trùng với tên chính.`;
    seen.add(text);
  }
  return null;
}

/** The lines of a text area, trimmed, empty ones left out. */
export const linesOf = (value: string) => value.split(/\r?\n/).map(normalized).filter((line) => line.length > 0);
