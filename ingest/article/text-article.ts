import { dayOf } from './html-metadata.js';
import { EMPTY_METADATA, type ArticleMetadata } from './metadata.js';

/**
 * A plain-text article (a page saved as text): its metadata from the lines a
 * news page puts around the body. Only the page's own wording is read:
 * - publication: a date with a time ("17:10 30/03/2023", "Thứ Hai, 7/12/2026,
 *   08:30"), or "Ngày đăng" / "Đăng ngày" / "Xuất bản" with a date;
 * - update: "Ngày cập nhật" / "Cập nhật" with a date;
 * - a weekday and a date without a time ("Thứ Sáu, 21/6/2024") is the page's
 *   date widget: kept as `pageDate`, never taken for the publication date;
 * - title: the first header line of five words or more that is not a sentence
 *   or a date (a shorter repetition of it below wins: a breadcrumb often
 *   prefixes the headline; a line without a single diacritic is a badge, not a
 *   Vietnamese headline; a line crediting a photo, "Ảnh: …", is its caption; a
 *   line in capitals is the site's banner when a line in mixed case follows, a
 *   headline only when none does);
 * - author: after the last paragraph, a line of two to four capitalised words,
 *   with an optional affiliation in brackets ("Văn Bốn (Trung tâm VHTT-TT huyện)");
 * - publisher: a bracketed site name after the body ("(baodongthap.vn)").
 */
const DATE = String.raw`(\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4})`;
const TIME = String.raw`\d{1,2}[:h]\d{2}`;
const HEADER_LINES = 8;
const PHOTO_CREDIT = /(?:^|[\s.(])Ảnh\s*:/u;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w !== '');
}

function isDateLine(line: string): boolean {
  return new RegExp(DATE).test(line) && words(line).length <= 8;
}

export function textMetadata(text: string): ArticleMetadata {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const metadata: ArticleMetadata = { ...EMPTY_METADATA };
  const header = lines.slice(0, HEADER_LINES);
  for (const line of header) {
    const updated = new RegExp(String.raw`(?:cập nhật)\s*:?\s*(?:lúc\s+)?(?:${TIME}\s+)?(?:ngày\s+)?${DATE}`, 'iu').exec(line);
    if (updated) {
      metadata.updatedAt ??= dayOf(updated[1]);
      continue;
    }
    const published = new RegExp(String.raw`(?:ngày đăng|đăng ngày|xuất bản|đăng lúc)\s*:?\s*(?:${TIME}\s+)?(?:ngày\s+)?${DATE}`, 'iu').exec(line);
    if (published) {
      metadata.publishedAt ??= dayOf(published[1]);
      continue;
    }
    if (!isDateLine(line)) continue;
    const withTime = new RegExp(TIME).test(line);
    const day = dayOf(new RegExp(DATE).exec(line)![1]);
    if (withTime) metadata.publishedAt ??= day;
    else metadata.pageDate ??= day;
  }
  // A Vietnamese headline has diacritics: an ASCII-only line is a badge or a menu ("Chung nhan Tin Nhiem Mang").
  const candidate = (l: string) => words(l).length >= 5 && words(l).length <= 40 && !/[.:]$/.test(l) && !isDateLine(l) && /[^\x00-\x7F]/.test(l) && !PHOTO_CREDIT.test(l);
  const mixedCase = header.findIndex((l) => candidate(l) && l !== l.toUpperCase());
  const titleIndex = mixedCase >= 0 ? mixedCase : header.findIndex(candidate);
  if (titleIndex >= 0) {
    let title = header[titleIndex]!;
    for (const later of header.slice(titleIndex + 1)) {
      if (later !== title && words(later).length >= 5 && title.includes(later)) title = later;
    }
    metadata.title = title;
  }
  let lastParagraph = -1;
  lines.forEach((l, i) => {
    if (words(l).length >= 20) lastParagraph = i;
  });
  for (const line of lines.slice(lastParagraph + 1)) {
    const site = /^\(([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)\)$/i.exec(line);
    if (site && !metadata.publisher) metadata.publisher = site[1]!;
    const byline = /^((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)(?:\s*\(([^)]+)\))?$/u.exec(line);
    if (byline && !metadata.author) metadata.author = byline[1]!.trim();
  }
  return metadata;
}
