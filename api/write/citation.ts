import { resolveNodes, sourcesByUrl } from '../db/write/node.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import type { Checker } from './checker.js';
import { checkEntityChange, type EntityChange } from './entity-change.js';
import { writeEntityChange } from './entity-write.js';
import { InputError } from './input-error.js';
import { LIMITS } from './limits.js';
import { slugFromName } from './slug.js';

/** The sources a write cites: ids of existing Source nodes and Sources to create in the same transaction. */
export interface CitationInput {
  /** Stored ids of existing sources (the GraphQL layer has decoded and kind-checked them). */
  sources?: readonly string[] | null;
  newSources?: readonly Record<string, unknown>[] | null;
}

export interface Citation {
  path: string;
  existing: string[];
  created: { id: string; change: EntityChange; field: string }[];
}

/**
 * Checks a citation. Every write that states a fact must cite at least one
 * source (docs/decisions/003): a fact without provenance is refused.
 */
export function checkCitation(c: Checker, input: CitationInput, path: string): Citation {
  const existing = [...(input.sources ?? [])];
  if ((input.sources ?? []).length > LIMITS.sources) c.fail(`${path}.sources`, `must list at most ${LIMITS.sources} sources`);
  const newSources = input.newSources ?? [];
  if (newSources.length > LIMITS.newSources) c.fail(`${path}.newSources`, `must list at most ${LIMITS.newSources} sources`);
  const created = newSources.slice(0, LIMITS.newSources).map((source, i) => {
    const field = `${path}.newSources[${i}]`;
    const change = checkEntityChange(c, 'Source', source, field, 'create');
    const title = change.set.title;
    const id = c.slug(`${field}.slug`, source.slug, 'src-') ?? (typeof title === 'string' ? slugFromName('src-', title) : null);
    if (id === null && typeof title === 'string') c.fail(`${field}.slug`, 'is required: the title has no ASCII letter or digit to derive an id from');
    return { id: id ?? '', change, field };
  });
  if (existing.length === 0 && created.length === 0) {
    c.fail(`${path}.sources`, 'cite at least one source: give `sources` (ids of existing sources) or `newSources`');
  }
  return { path, existing, created };
}

/** Checks that the cited sources exist and creates the new ones; returns the ids of every cited source. */
export async function writeCitation(session: WriteSession, citation: Citation): Promise<string[]> {
  const found = await resolveNodes(session, citation.existing.map((id) => ({ label: 'Source' as const, id })));
  const missing = citation.existing
    .map((id, i) => ({ id, i, target: found.get(`Source:${id}`) ?? null }))
    .filter((s) => s.target === null)
    .map((s) => ({ field: `${citation.path}.sources[${s.i}]`, message: `names no Source ("${s.id}")` }));
  if (missing.length > 0) throw new InputError(missing);
  const ids = citation.existing.map((id) => found.get(`Source:${id}`)!);
  // A new source at an address the registry holds is that source: say which, rather than fail on the url's uniqueness.
  const urlOf = (source: Citation['created'][number]) => (typeof source.change.set.url === 'string' ? source.change.set.url : null);
  const taken = await sourcesByUrl(session, citation.created.map(urlOf).filter((u): u is string => u !== null));
  const clashes = citation.created
    .filter((source) => {
      const holder = taken.get(urlOf(source) ?? '');
      return holder !== undefined && holder !== source.id;
    })
    .map((source) => ({ field: `${source.field}.url`, message: `is the address of a source already in the registry ("${taken.get(urlOf(source)!)}"): cite that one in sources` }));
  if (clashes.length > 0) throw new InputError(clashes);
  for (const source of citation.created) {
    const result = await writeEntityChange(session, source.change, source.id, [], { create: true, path: source.field, idField: `${source.field}.slug` });
    ids.push(result.id);
  }
  const unique = [...new Set(ids)];
  session.cites(...unique);
  return unique;
}
