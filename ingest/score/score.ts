import type { Extraction, ProposedEntity } from '../extract/types.js';
import type { ExpectedArticle } from './expected.js';
import { assign, nameOverlap, sameName, sameOrg, type Canon } from './match.js';

/**
 * Scores one article's extraction against its expected facts, per kind:
 * - roles: person + title + organisation + date;
 * - participations: person + event + role (the event as matched under `events`);
 * - events: kind + date + name (see match.ts);
 * - programs: one unit per party of a program (program kind + period + party);
 * - models: one unit per place of a model (ADOPTED_IN or ORIGINATED_IN), a
 *   model with no place being one unit with none.
 * An extracted item matching nothing is a false positive (it lowers
 * precision); an expected one matched by nothing is a miss (it lowers recall).
 */
export const KINDS = ['roles', 'participations', 'events', 'programs', 'models'] as const;
export type ScoreKind = (typeof KINDS)[number];

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** What was extracted wrongly and what was missed, in words, for the report. */
  wrong: string[];
  missed: string[];
}

export type ArticleScore = Record<ScoreKind, Counts>;

export function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, wrong: [], missed: [] };
}

function counts<X, E>(extracted: readonly X[], expected: readonly E[], same: (x: X, e: E) => boolean, showX: (x: X) => string, showE: (e: E) => string): Counts {
  const r = assign(extracted, expected, same);
  return { truePositives: r.pairs.length, falsePositives: r.unmatchedExtracted.length, falseNegatives: r.unmatchedExpected.length, wrong: r.unmatchedExtracted.map(showX), missed: r.unmatchedExpected.map(showE) };
}

export function scoreArticle(x: Extraction, expected: ExpectedArticle, canon: Canon): ArticleScore {
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const entity = (key: string): ProposedEntity => byKey.get(key)!;
  const org = (key: string) => ({ name: entity(key).name, placeUnresolved: entity(key).placeUnresolved === true });

  const roles = counts(
    x.roleObservations,
    expected.roles,
    (r, e) => sameName(canon, entity(r.person).name, e.person.names) && canon(r.title) === canon(e.title) && sameOrg(canon, org(r.organization), e.organization, e.inferred) && r.observedAt === e.date,
    (r) => `${entity(r.person).name} | ${r.title} | ${entity(r.organization).name} | ${r.observedAt}`,
    (e) => `${e.person.names[0]} | ${e.title} | ${e.organization.names[0]} | ${e.date}`,
  );

  const extractedEvents = x.entities.filter((e) => e.label === 'Event');
  const eventPairs = assign(extractedEvents, expected.events, (v, e) => v.fields.kind === e.kind && (v.fields.date ?? null) === e.date && nameOverlap(canon, v.name, e.names) >= 0.5);
  const events: Counts = {
    truePositives: eventPairs.pairs.length,
    falsePositives: eventPairs.unmatchedExtracted.length,
    falseNegatives: eventPairs.unmatchedExpected.length,
    wrong: eventPairs.unmatchedExtracted.map((v) => `${v.name} | ${v.fields.kind} | ${v.fields.date ?? '–'}`),
    missed: eventPairs.unmatchedExpected.map((e) => `${e.names[0]} | ${e.kind} | ${e.date ?? '–'}`),
  };
  const eventOf = new Map(eventPairs.pairs.map(([v, e]) => [v.key, e.id]));

  const participations = counts(
    x.participations,
    expected.participations,
    (p, e) => eventOf.get(p.event) === e.event && p.role === e.role && sameName(canon, entity(p.person).name, e.person.names),
    (p) => `${entity(p.person).name} | ${p.role}`,
    (e) => `${e.person.names[0]} | ${e.role}`,
  );

  const partyLinks = x.links.filter((l) => l.type === 'PARTY_TO');
  const programs = counts(
    partyLinks,
    expected.programs,
    (l, e) => {
      const p = entity(l.to);
      return p.fields.kind === e.program.kind && (p.fields.startYear ?? null) === e.program.startYear && (p.fields.endYear ?? null) === e.program.endYear && sameOrg(canon, org(l.from), e.party, e.inferred);
    },
    (l) => `${entity(l.to).name} | ${entity(l.from).name}`,
    (e) => `${e.program.names[0]} | ${e.party.names[0]}`,
  );

  const modelUnits: { model: string; place: string | null }[] = [];
  for (const m of x.entities.filter((e) => e.label === 'Model')) {
    const places = [...new Set(x.links.filter((l) => (l.type === 'ADOPTED_IN' || l.type === 'ORIGINATED_IN') && l.from === m.key).map((l) => entity(l.to).name))];
    if (places.length === 0) modelUnits.push({ model: m.name, place: null });
    for (const place of places) modelUnits.push({ model: m.name, place });
  }
  const models = counts(
    modelUnits,
    expected.models,
    (u, e) => sameName(canon, u.model, e.model.names) && (u.place === null ? e.place === null : e.place !== null && sameName(canon, u.place, e.place.names)),
    (u) => `${u.model} | ${u.place ?? '–'}`,
    (e) => `${e.model.names[0]} | ${e.place?.names[0] ?? '–'}`,
  );
  return { roles, participations, events, programs, models };
}

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : Math.round((n / d) * 1000) / 1000;
}

export function recallPrecision(c: Pick<Counts, 'truePositives' | 'falsePositives' | 'falseNegatives'>): { recall: number | null; precision: number | null } {
  return { recall: ratio(c.truePositives, c.truePositives + c.falseNegatives), precision: ratio(c.truePositives, c.truePositives + c.falsePositives) };
}
