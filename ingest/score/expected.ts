import { validateDataset } from '../../seed/load/validate-dataset.js';
import type { EntityRecord } from '../../model/records.js';
import { IngestError } from '../errors.js';

/**
 * The hand-made answer for a set of articles, read from a folder in the seed's
 * format (entities/*.yaml, facts/*.yaml; docs/decisions/002): for each article
 * file (the `file` of its Source record), the facts the extractor is scored on.
 * Names are kept with their aliases; nothing is compared by id.
 */
export interface Named {
  names: string[];
}

export interface ExpectedOrg extends Named {
  /** The name of the place it is located in (LOCATED_IN, else its parent's), for "UBND tỉnh" in an article naming no province. */
  place: string | null;
}

export interface ExpectedRole {
  person: Named;
  title: string;
  organization: ExpectedOrg;
  date: string;
  inferred: boolean;
}

export interface ExpectedEvent extends Named {
  id: string;
  kind: string;
  date: string | null;
}

export interface ExpectedParticipation {
  person: Named;
  event: string;
  role: string;
}

export interface ExpectedProgramParty {
  program: { kind: string; startYear: number | null; endYear: number | null; names: string[] };
  party: ExpectedOrg;
  inferred: boolean;
}

export interface ExpectedModelPlace {
  model: Named;
  place: Named | null;
}

export interface ExpectedArticle {
  sourceId: string;
  file: string;
  roles: ExpectedRole[];
  participations: ExpectedParticipation[];
  events: ExpectedEvent[];
  programs: ExpectedProgramParty[];
  models: ExpectedModelPlace[];
}

export interface ExpectedSet {
  articles: Map<string, ExpectedArticle>;
  /** Every entity record by id (for building gazetteers). */
  records: Map<string, EntityRecord & { label: string }>;
}

const namesOf = (r: EntityRecord | undefined): string[] => (r ? [String(r.name ?? r.title ?? ''), ...(r.aliases ?? [])].filter((n) => n !== '') : []);

export function loadExpected(dir: string): ExpectedSet {
  const { dataset, issues } = validateDataset(dir);
  if (issues.length > 0) {
    throw new IngestError('BAD_EXPECTED', `the expected facts in ${dir} do not validate: ${issues.slice(0, 3).map((i) => `${i.file}${i.record ? ` ${i.record}` : ''}: ${i.message}`).join('; ')}`);
  }
  const records = new Map<string, EntityRecord & { label: string }>();
  for (const file of dataset.entities) for (const r of file.records) records.set(r.id, { ...r, label: file.label });
  const allRelations = dataset.facts.flatMap((f) => f.relations.map((r) => ({ ...r, source: f.source })));
  const locatedIn = new Map<string, string>();
  for (const r of allRelations) if (r.type === 'LOCATED_IN') locatedIn.set(r.from, r.to);
  const partOf = new Map<string, string>();
  for (const r of allRelations) if (r.type === 'PART_OF' && records.get(r.from)?.label === 'Organization') partOf.set(r.from, r.to);
  const placeOf = (orgId: string, depth = 0): string | null => {
    const place = locatedIn.get(orgId);
    if (place) return String(records.get(place)?.name ?? '') || null;
    const parent = partOf.get(orgId);
    return parent && depth < 3 ? placeOf(parent, depth + 1) : null;
  };
  const org = (id: string): ExpectedOrg => ({ names: namesOf(records.get(id)), place: placeOf(id) });
  const person = (id: string): Named => ({ names: namesOf(records.get(id)) });

  const articles = new Map<string, ExpectedArticle>();
  for (const source of records.values()) {
    if (source.label !== 'Source' || typeof source.file !== 'string') continue;
    const sourceId = source.id;
    const files = dataset.facts.filter((f) => f.source === sourceId);
    const cites = (r: { alsoSources?: string[] }, fileSource: string) => fileSource === sourceId || (r.alsoSources ?? []).includes(sourceId);
    const relations = allRelations.filter((r) => cites(r, r.source));
    const events = [...records.values()].filter((r) => r.label === 'Event' && (r.sources ?? []).includes(sourceId));
    const modelPlaces = new Map<string, ExpectedModelPlace>();
    for (const r of relations) {
      if ((r.type === 'ADOPTED_IN' || r.type === 'ORIGINATED_IN') && records.get(r.from)?.label === 'Model') {
        modelPlaces.set(`${r.from}|${r.to}`, { model: person(r.from), place: { names: namesOf(records.get(r.to)) } });
      }
    }
    for (const m of [...records.values()].filter((r) => r.label === 'Model' && (r.sources ?? []).includes(sourceId))) {
      if (![...modelPlaces.keys()].some((k) => k.startsWith(`${m.id}|`))) modelPlaces.set(`${m.id}|`, { model: { names: namesOf(m) }, place: null });
    }
    articles.set(source.file, {
      sourceId,
      file: source.file,
      roles: files.flatMap((f) => f.roleObservations).map((ro) => ({ person: person(ro.person), title: ro.title, organization: org(ro.organization), date: ro.observedAt, inferred: ro.inferred === true })),
      participations: files.flatMap((f) => f.participations).map((p) => ({ person: person(p.person), event: p.event, role: p.role })),
      events: events.map((e) => ({ id: e.id, names: namesOf(e), kind: String(e.kind), date: typeof e.date === 'string' ? e.date : null })),
      programs: relations
        .filter((r) => r.type === 'PARTY_TO')
        .map((r) => {
          const p = records.get(r.to)!;
          return {
            program: { kind: String(p.kind), startYear: typeof p.startYear === 'number' ? p.startYear : null, endYear: typeof p.endYear === 'number' ? p.endYear : null, names: namesOf(p) },
            party: org(r.from),
            inferred: r.inferred === true,
          };
        }),
      models: [...modelPlaces.values()],
    });
  }
  return { articles, records };
}
