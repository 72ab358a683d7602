import type { PartialDate } from '../api/types.js';
import { formatDateText } from './dates.js';

/** What a unit's period is derived from, as the fragments of api/fragments.ts select it. */
export interface Dated {
  validFromPartial?: PartialDate | null;
  validToPartial?: PartialDate | null;
  successors?: { datePartial?: PartialDate | null }[];
  predecessors?: { datePartial?: PartialDate | null }[];
}

/**
 * When a place or an organisation existed, as the registry knows it (decision
 * 023): its first day is `validFrom`, else the latest date it was succeeded
 * into; its last day is `validTo`, else the day before the earliest date it
 * was succeeded by another. Either end may be unknown.
 */
export function unitPeriod(unit: Dated): { from: string | null; to: string | null } {
  const incoming = (unit.predecessors ?? []).map((s) => s.datePartial).filter((d): d is PartialDate => !!d);
  const outgoing = (unit.successors ?? []).map((s) => s.datePartial).filter((d): d is PartialDate => !!d);
  const from = unit.validFromPartial ? formatDateText(unit.validFromPartial.text) : latest(incoming);
  const to = unit.validToPartial ? formatDateText(unit.validToPartial.text) : dayBefore(earliest(outgoing));
  return { from, to };
}

/** "đến 30/6/2025", "từ 1/7/2025", "1/1/2025 – 30/6/2025", or '' when neither end is known. */
export function periodLabel(unit: Dated): string {
  const { from, to } = unitPeriod(unit);
  if (from && to) return `${from} – ${to}`;
  if (to) return `đến ${to}`;
  if (from) return `từ ${from}`;
  return '';
}

/** The name with the period when there is one: "Đồng Tháp (đến 30/6/2025)". */
export function displayName(ref: { name: string } & Dated): string {
  const period = periodLabel(ref);
  return period ? `${ref.name} (${period})` : ref.name;
}

function latest(dates: PartialDate[]): string | null {
  const last = [...dates].sort((a, b) => b.text.localeCompare(a.text))[0];
  return last ? formatDateText(last.text) : null;
}

function earliest(dates: PartialDate[]): PartialDate | null {
  return [...dates].sort((a, b) => a.text.localeCompare(b.text))[0] ?? null;
}

/** The last day before a succession took effect; "trước tháng 2/2025" when it is known only to the month or year. */
function dayBefore(date: PartialDate | null): string | null {
  if (!date) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.text)) return `trước ${formatDateText(date.text)}`;
  const previous = new Date(Date.parse(`${date.text}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return formatDateText(previous);
}
