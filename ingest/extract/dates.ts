import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';

/**
 * Stage 5 (dating): date expressions as Vietnamese news writes them, turned
 * into the registry's partial dates ("2021-03-24", "2020-06", "2020") at the
 * precision the text gives — a day is never invented. A day written without
 * its year ("sáng 8/7", "Chiều 30/3") takes the year of the article's date and
 * is marked inferred; a year written alone ("năm 2020") stays a year.
 */
export type DateExprKind = 'DAY' | 'DAY_NO_YEAR' | 'MONTH' | 'YEAR' | 'PERIOD';

export interface DateExpr {
  kind: DateExprKind;
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
}

export interface ResolvedDate {
  date: string;
  inferred: boolean;
  inferenceNote?: string;
}

const PATTERNS: { kind: DateExprKind; re: RegExp; parts: (m: RegExpExecArray) => Partial<DateExpr> }[] = [
  { kind: 'DAY', re: /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/giu, parts: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  { kind: 'DAY', re: /(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/.\-])/gu, parts: (m) => ({ day: +m[1]!, month: +m[2]!, year: +m[3]! }) },
  // A day and month alone is a date only after a time of day or "ngày" ("10/10 huyện" is a fraction); some papers
  // write it with a dot ("Sáng nay 24.8"), never followed by another digit group ("ngày 1.500 lượt" is a number).
  { kind: 'DAY_NO_YEAR', re: /(?<![\p{L}])(?:(?:sáng|chiều|tối|trưa|đêm)(?:\s+(?:ngày|nay|hôm nay))?|ngày|hôm)\s+(\d{1,2})[/\-.](\d{1,2})(?![\d/\-]|\.\d)/giu, parts: (m) => ({ day: +m[1]!, month: +m[2]! }) },
  { kind: 'DAY_NO_YEAR', re: /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s+năm)(?![\d/])/giu, parts: (m) => ({ day: +m[1]!, month: +m[2]! }) },
  { kind: 'MONTH', re: /(?<![\p{L}])tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})(?!\d)/giu, parts: (m) => ({ month: +m[1]!, year: +m[2]! }) },
  { kind: 'PERIOD', re: /(?<![\p{L}])(?:giai đoạn|nhiệm kỳ)\s+(\d{4})\s*[–\-]\s*(\d{4})(?!\d)/giu, parts: (m) => ({ year: +m[1]!, endYear: +m[2]! }) },
  { kind: 'YEAR', re: /(?<![\p{L}])năm\s+(\d{4})(?!\d)/giu, parts: (m) => ({ year: +m[1]! }) },
];

/** Every date expression in `text` (offsets from `offset`), the more precise reading winning an overlap. */
export function findDates(text: string, offset = 0): DateExpr[] {
  const found: DateExpr[] = [];
  for (const { kind, re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const expr: DateExpr = { kind, start, end, text: m[0], ...parts(m) };
      if (isValid(expr)) found.push(expr);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isValid(e: DateExpr): boolean {
  if (e.year !== undefined && (e.year < 1900 || e.year > 2100)) return false;
  if (e.endYear !== undefined && (e.endYear < (e.year ?? 0) || e.endYear > 2100)) return false;
  if (e.kind === 'DAY') return isPartialDate(parsePartialDate(`${e.year}-${pad(e.month!)}-${pad(e.day!)}`));
  if (e.kind === 'MONTH') return e.month! >= 1 && e.month! <= 12;
  if (e.kind === 'DAY_NO_YEAR') return e.month! >= 1 && e.month! <= 12 && e.day! >= 1 && e.day! <= 31;
  return true;
}

/**
 * The partial date an expression stands for. `reference` is the article's own
 * date (YYYY-MM-DD), which gives a year-less day its year: the year of the
 * article, or the year before when that would put the day after the article.
 */
export function resolveDate(e: DateExpr, reference: string | null): ResolvedDate | null {
  switch (e.kind) {
    case 'DAY':
      return { date: `${e.year}-${pad(e.month!)}-${pad(e.day!)}`, inferred: false };
    case 'MONTH':
      return { date: `${e.year}-${pad(e.month!)}`, inferred: false };
    case 'YEAR':
    case 'PERIOD':
      return { date: String(e.year), inferred: false };
    case 'DAY_NO_YEAR': {
      if (!reference) return null;
      let year = Number(reference.slice(0, 4));
      let date = `${year}-${pad(e.month!)}-${pad(e.day!)}`;
      if (date > reference) {
        year -= 1;
        date = `${year}-${pad(e.month!)}-${pad(e.day!)}`;
      }
      if (!isPartialDate(parsePartialDate(date))) return null;
      return { date, inferred: true, inferenceNote: `The article writes "${e.text}" without a year; the year is taken from the article's date (${reference}).` };
    }
  }
}

/** What an event's own words say about when it fell, for a day written without its year. */
export interface PeriodClues {
  /**
   * The period or year a review looks back on ("năm 2021", "giai đoạn 2020–2022"),
   * whether it is a half-year ("6 tháng đầu năm 2024"), and how many years into
   * the period the review comes ("3 năm thực hiện … giai đoạn 2021–2025"), if written.
   */
  reviewed?: { expr: DateExpr; halfYear: boolean; yearsIn: number | null };
  /** The period of what is signed at the event ("ký kết chương trình … giai đoạn 2022–2026"). */
  opened?: DateExpr;
}

/**
 * The year of a day written without one ("Ngày 15-11", "Sáng nay 6.4") when the
 * article gives no date of its own (no publication or update date), from the
 * periods the event's own words name:
 * - a review looks back on a period that has ended: it is held from July of the
 *   period's last year, else in the first half of the year after ("tổng kết năm
 *   2021" on 18/12 is in 2021, on 14/1 in 2022); a half-year's review is held in
 *   that year; a review "N năm thực hiện" a period is held N years after its start;
 * - a signing opens the period of what is signed: a day from January to September
 *   is in its first year (a later day may be the year before: no date);
 * - when both speak, the later year: an event is held neither before the period it
 *   closes has ended nor before the one it opens has begun.
 * Marked inferred, with the reasoning; null when nothing speaks.
 */
export function yearFromPeriods(day: DateExpr, clues: PeriodClues): ResolvedDate | null {
  if (day.kind !== 'DAY_NO_YEAR') return null;
  const month = day.month!;
  const candidates: { year: number; why: string }[] = [];
  if (clues.reviewed) {
    const { expr, halfYear, yearsIn } = clues.reviewed;
    const last = expr.endYear ?? expr.year!;
    if (halfYear) candidates.push({ year: last, why: `a review of a half-year ("${expr.text}") is held in that year` });
    else if (yearsIn !== null && expr.kind === 'PERIOD') candidates.push({ year: expr.year! + yearsIn, why: `a review ${yearsIn} years into the period ${expr.year}–${expr.endYear} is held in ${expr.year! + yearsIn}` });
    else if (month >= 7) candidates.push({ year: last, why: `a review of "${expr.text}" held in the second half of a year is held in ${last}, the period's last year` });
    else candidates.push({ year: last + 1, why: `a review of "${expr.text}" held in the first half of a year is held in ${last + 1}, the year after the period` });
  }
  if (clues.opened && month <= 9) candidates.push({ year: clues.opened.year!, why: `what is signed there opens the period "${clues.opened.text}", so it is signed in ${clues.opened.year}` });
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (b.year > a.year ? b : a));
  const date = `${best.year}-${pad(month)}-${pad(day.day!)}`;
  if (!isPartialDate(parsePartialDate(date))) return null;
  return { date, inferred: true, inferenceNote: `The article writes "${day.text}" without a year and gives no date of its own; ${best.why}.` };
}
