import type { PartialDate } from '../api/types.js';

/**
 * Dates as Vietnamese readers write them, at the precision the sources give:
 * `2021-03-24` → "24/3/2021", `2020-06` → "tháng 6/2020", `2020` → "năm 2020".
 * A day is never invented for a date known only to the month or year.
 */
export function formatDateText(text: string): string {
  const [year, month, day] = text.split('-');
  if (day) return `${Number(day)}/${Number(month)}/${year}`;
  if (month) return `tháng ${Number(month)}/${year}`;
  return `năm ${year}`;
}

export function formatPartial(date: PartialDate | null | undefined): string {
  return date ? formatDateText(date.text) : '';
}

/** "24/3/2021 – 30/3/2023", or one date when both ends are the same. */
export function formatSpan(first: PartialDate | null | undefined, last: PartialDate | null | undefined): string {
  if (!first && !last) return '';
  if (!first || !last || first.text === last.text) return formatPartial(first ?? last);
  return `${formatPartial(first)} – ${formatPartial(last)}`;
}

/** Milliseconds since the epoch of an ISO calendar day, in UTC so no time zone shifts it. */
export function dayValue(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}
