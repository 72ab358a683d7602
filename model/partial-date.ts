/**
 * Partial dates ("2020", "2020-06", "2021-03-24"): the form is the precision,
 * and the value covers a range of days. A day is never invented: "2020" covers
 * 2020-01-01 … 2020-12-31.
 */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  text: string;
  precision: DatePrecision;
  /** First day covered, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day covered, ISO `YYYY-MM-DD`. */
  to: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999 (0000 is a leap year, 1900 is not).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The partial date a string denotes, or an error message when it is not one. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = FORM.exec(text);
  if (!match) return { error: `"${text}" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { text, precision: 'YEAR', from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" is not a calendar date` };
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { text, precision: 'MONTH', from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${pad(last)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) return { error: `"${text}" is not a calendar date` };
  return { text, precision: 'DAY', from: text, to: text };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}
