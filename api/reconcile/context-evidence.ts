import { nameKeyOf } from '../../model/text.js';
import { isPartialDate, parsePartialDate } from '../../model/partial-date.js';
import type { CandidateFacts, Mention, Reason } from './mention.js';

/**
 * What the context of a mention says about a candidate. Names of organisations
 * and places are compared folded, against every name and alias the registry
 * holds for them. Observations are points in time and sparse, so a person's
 * time at an organisation is the span of their observations there widened by
 * TENURE_SLACK_YEARS on each side (a term of office in Việt Nam is five years).
 */
export const TENURE_SLACK_YEARS = 2;

const WEIGHT = {
  SAME_ORGANIZATION: 0.1,
  OVERLAPPING_DATES: 0.05,
  SAME_PLACE: 0.05,
  VALID_AT_DATE: 0.1,
  CONTEXT_DISAGREES: -0.3,
} as const;

const keys = (names: readonly string[]) => new Set(names.map(nameKeyOf).filter((k) => k.length > 0));

function shiftYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

/** Whether [aFrom, aTo] and [bFrom, bTo] share a day; an open end is unbounded. ISO dates compare as strings. */
function overlaps(aFrom: string, aTo: string, bFrom: string | null, bTo: string | null): boolean {
  return (bFrom === null || aTo >= bFrom) && (bTo === null || aFrom <= bTo);
}

export function contextEvidence(mention: Mention, candidate: CandidateFacts): Reason[] {
  const reasons: Reason[] = [];
  const date = mention.date !== undefined ? parsePartialDate(mention.date) : null;
  const days = date && isPartialDate(date) ? date : null;
  const disagreements: string[] = [];

  const mentionOrgs = keys(mention.organizations ?? []);
  if (mentionOrgs.size > 0 && candidate.organizations.length > 0) {
    const shared = candidate.organizations.filter((held) => held.names.some((n) => mentionOrgs.has(nameKeyOf(n))));
    if (shared.length > 0) {
      reasons.push({ code: 'SAME_ORGANIZATION', detail: shared[0]!.names[0]!, weight: WEIGHT.SAME_ORGANIZATION });
      if (days) {
        const froms = shared.map((h) => h.from).filter((d): d is string => d !== null).sort();
        const tos = shared.map((h) => h.to).filter((d): d is string => d !== null).sort();
        if (froms.length > 0 && tos.length > 0) {
          const spanFrom = shiftYears(froms[0]!, -TENURE_SLACK_YEARS);
          const spanTo = shiftYears(tos.at(-1)!, TENURE_SLACK_YEARS);
          if (overlaps(days.from, days.to, spanFrom, spanTo)) {
            reasons.push({ code: 'OVERLAPPING_DATES', detail: `${froms[0]} – ${tos.at(-1)}`, weight: WEIGHT.OVERLAPPING_DATES });
          }
        }
      }
    } else {
      disagreements.push('không cùng tổ chức');
    }
  }

  const mentionPlaces = keys(mention.places ?? []);
  if (mentionPlaces.size > 0 && candidate.places.length > 0) {
    const place = candidate.places.find((p) => mentionPlaces.has(nameKeyOf(p)));
    if (place !== undefined) {
      reasons.push({ code: 'SAME_PLACE', detail: place, weight: WEIGHT.SAME_PLACE });
      // A person who moved between organisations of the same province is still the same person.
      const otherOrganization = disagreements.indexOf('không cùng tổ chức');
      if (otherOrganization >= 0) disagreements.splice(otherOrganization, 1);
    } else {
      disagreements.push('không cùng địa bàn');
    }
  }

  if (days && candidate.period && (candidate.period.from !== null || candidate.period.to !== null)) {
    const { from, to } = candidate.period;
    if (overlaps(days.from, days.to, from, to)) {
      reasons.push({ code: 'VALID_AT_DATE', detail: `${from ?? '…'} – ${to ?? '…'}`, weight: WEIGHT.VALID_AT_DATE });
    } else {
      disagreements.push(`không tồn tại vào ${mention.date}`);
    }
  }

  if (disagreements.length > 0) reasons.push({ code: 'CONTEXT_DISAGREES', detail: disagreements.join(', '), weight: WEIGHT.CONTEXT_DISAGREES });
  return reasons;
}
