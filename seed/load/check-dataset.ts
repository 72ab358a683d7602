import { derivedRelationshipIds } from '../../model/rows.js';
import type { SeedIssue } from './issues.js';
import { NODE_DATE_FIELDS, RELATION_ENDPOINTS, RELATION_REFERENCE_FIELDS, RELATIONSHIP_DATE_FIELDS, type EntityLabel, type NodeLabel } from '../../model/graph-model.js';
import { isPartialDate, parsePartialDate, type PartialDate } from '../../model/partial-date.js';
import type { Dataset, EntityRecord, FactsFileData } from './types.js';

type Kind = NodeLabel | 'Participation' | 'Relation' | 'Derived relationship';

/** "a Person", "an Organization". */
const article = (word: string) => `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;

interface Entry {
  kind: Kind;
  file: string;
  record?: EntityRecord;
}

/**
 * The checks a JSON Schema cannot make: ids unique across the dataset, every
 * reference resolves to a record of the right label, the relationship type is
 * allowed between those labels, dates are calendar dates, aliases resolve to one
 * record, and a stated fact's own source is among the sources of what it links.
 * `invalidIds` are ids of records the schema rejected: references to them are
 * not reported again.
 */
export function checkDataset(dataset: Dataset, invalidIds: ReadonlySet<string>, options = { checkReferences: true }): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const ids = new Map<string, Entry>();
  const issue = (file: string, record: string | undefined, field: string | undefined, message: string) => {
    const i: SeedIssue = { file, message };
    if (record !== undefined) i.record = record;
    if (field !== undefined) i.field = field;
    issues.push(i);
  };
  const register = (id: string, entry: Entry, record = id) => {
    const existing = ids.get(id);
    if (existing) issue(entry.file, record, 'id', `id "${id}" is already used by ${article(existing.kind)} record in ${existing.file}`);
    else ids.set(id, entry);
  };

  // 1. Every id, once.
  for (const file of dataset.entities) {
    for (const record of file.records) register(record.id, { kind: file.label, file: file.file, record });
  }
  for (const facts of dataset.facts) {
    for (const ro of facts.roleObservations) {
      register(ro.id, { kind: 'RoleObservation', file: facts.file });
      for (const derived of Object.values(derivedRelationshipIds(ro.id))) register(derived, { kind: 'Derived relationship', file: facts.file }, ro.id);
    }
    for (const pa of facts.participations) register(pa.id, { kind: 'Participation', file: facts.file });
    for (const rel of facts.relations) register(rel.id, { kind: 'Relation', file: facts.file });
  }

  /** The entry a reference names when it is one of `labels`, otherwise an issue. */
  const resolve = (file: string, record: string | undefined, field: string, id: string, labels: readonly EntityLabel[]): Entry | null => {
    const entry = ids.get(id);
    if (!entry) {
      if (!invalidIds.has(id) && options.checkReferences) issue(file, record, field, `refers to "${id}", which is not a record of the dataset`);
      return null;
    }
    if (!(labels as readonly string[]).includes(entry.kind)) {
      issue(file, record, field, `refers to "${id}", ${article(entry.kind)}; expected ${labels.join(' or ')}`);
      return null;
    }
    return entry;
  };
  const checkDate = (file: string, record: string, field: string, value: unknown) => {
    if (typeof value !== 'string') return null;
    const parsed = parsePartialDate(value);
    if (!isPartialDate(parsed)) {
      issue(file, record, field, parsed.error);
      return null;
    }
    return parsed;
  };

  // 2. Entities: their sources, dates, periods and aliases.
  // spelling (lower case) → the records that use it, as name or alias
  const spellings = new Map<string, Array<{ id: string; file: string; field: string; alias: boolean; text: string }>>();
  for (const file of dataset.entities) {
    for (const r of file.records) {
      for (const [i, src] of (r.sources ?? []).entries()) resolve(file.file, r.id, `sources[${i}]`, src, ['Source']);
      const dates = Object.fromEntries(NODE_DATE_FIELDS[file.label].map((f) => [f, checkDate(file.file, r.id, f, r[f])]));
      if (dates.validFrom && dates.validTo && dates.validFrom.from > dates.validTo.to) {
        issue(file.file, r.id, 'validTo', `"${r.validTo as string}" is before validFrom "${r.validFrom as string}"`);
      }
      if (typeof r.startYear === 'number' && typeof r.endYear === 'number' && r.startYear > r.endYear) {
        issue(file.file, r.id, 'endYear', `${r.endYear} is before startYear ${r.startYear}`);
      }
      const name = r.name ?? r.title ?? '';
      for (const [i, alias] of (r.aliases ?? []).entries()) {
        if (alias === name) issue(file.file, r.id, `aliases[${i}]`, 'repeats the name');
      }
      for (const [i, text] of [name, ...(r.aliases ?? [])].entries()) {
        const key = `${file.label}|${text.toLowerCase()}`;
        const uses = spellings.get(key) ?? [];
        uses.push({ id: r.id, file: file.file, field: i === 0 ? 'name' : `aliases[${i - 1}]`, alias: i > 0, text });
        spellings.set(key, uses);
      }
    }
  }
  for (const uses of spellings.values()) {
    // An alias must lead to one record: no other record of the label may use the same spelling.
    if (new Set(uses.map((u) => u.id)).size < 2) continue;
    for (const use of uses.filter((u) => u.alias)) {
      const others = [...new Set(uses.filter((u) => u.id !== use.id).map((u) => u.id))];
      issue(use.file, use.id, use.field, `"${use.text}" is also a name or alias of ${others.join(', ')}; an alias must resolve to one record`);
    }
  }
  const articleFiles = new Map<string, string>();
  for (const file of dataset.entities.filter((f) => f.label === 'Source')) {
    for (const r of file.records) {
      if (typeof r.file !== 'string') continue;
      const other = articleFiles.get(r.file);
      if (other) issue(file.file, r.id, 'file', `"${r.file}" is already the file of ${other}`);
      else articleFiles.set(r.file, r.id);
    }
  }

  // 3. Facts. The same statement twice (in one file or two) is one record citing both sources.
  const statements = new Map<string, string>();
  for (const facts of dataset.facts) checkFacts(facts);

  function checkFacts(facts: FactsFileData) {
    const f = facts.file;
    const sourceOk = resolve(f, undefined, 'source', facts.source, ['Source']) !== null;
    const once = (record: string, key: string, what: string) => {
      const first = statements.get(key);
      if (first) issue(f, record, undefined, `states the same ${what} as ${first}; keep one record and cite the other source with alsoSources`);
      else statements.set(key, record);
    };
    /**
     * A stated fact's own source must be among the sources of every record it
     * links, so that no node is cited less than its stated edges. An inferred
     * fact may link a record its source does not name (the province an article
     * calls only "tỉnh"): a record cites the articles that name it, and the
     * inference note says how the fact reaches it. With the articles at hand,
     * check-article-text.ts makes sure such a record is indeed not named there.
     */
    let inferredFact = false;
    const cited = (record: string, field: string, entry: Entry | null) => {
      if (!entry?.record || entry.kind === 'Source' || !sourceOk || inferredFact) return;
      if (!(entry.record.sources ?? []).includes(facts.source)) {
        issue(f, record, field, `links "${entry.record.id}", whose sources do not include ${facts.source}; add it there`);
      }
    };
    const common = (r: { id: string; alsoSources?: string[]; inferred?: true }) => {
      inferredFact = r.inferred === true;
      for (const [i, s] of (r.alsoSources ?? []).entries()) {
        resolve(f, r.id, `alsoSources[${i}]`, s, ['Source']);
        if (s === facts.source) issue(f, r.id, `alsoSources[${i}]`, `repeats the file's source ${s}`);
      }
    };

    /**
     * A succession ends its start and happens while its end exists (docs/decisions/023):
     * the start's validTo, when recorded, must be before the date, and the end's
     * validFrom must not be after it. Partial dates fail only when no day they
     * cover could satisfy the order ("2025-07" as validTo of a change on 2025-07-01 passes).
     */
    function checkSuccession(record: string, date: PartialDate, start: EntityRecord | undefined, end: EntityRecord | undefined) {
      const lastDay = typeof start?.validTo === 'string' ? parsePartialDate(start.validTo) : null;
      if (lastDay && isPartialDate(lastDay) && lastDay.from >= date.to) {
        issue(f, record, 'date', `"${date.text}" is not after the validTo "${lastDay.text}" of ${start!.id}; a succession takes effect the day after its predecessor's last day`);
      }
      const firstDay = typeof end?.validFrom === 'string' ? parsePartialDate(end.validFrom) : null;
      if (firstDay && isPartialDate(firstDay) && firstDay.from > date.to) {
        issue(f, record, 'date', `"${date.text}" is before the validFrom "${firstDay.text}" of ${end!.id}; a successor exists on the day of its succession`);
      }
    }

    for (const ro of facts.roleObservations) {
      common(ro);
      cited(ro.id, 'person', resolve(f, ro.id, 'person', ro.person, ['Person']));
      cited(ro.id, 'organization', resolve(f, ro.id, 'organization', ro.organization, ['Organization']));
      const observed = checkDate(f, ro.id, 'observedAt', ro.observedAt);
      if (ro.event !== undefined) {
        const event = resolve(f, ro.id, 'event', ro.event, ['Event']);
        cited(ro.id, 'event', event);
        const eventDate = event?.record?.date;
        if (observed && typeof eventDate === 'string' && eventDate !== ro.observedAt) {
          issue(f, ro.id, 'observedAt', `"${ro.observedAt}" differs from the date of ${ro.event} ("${eventDate}"); an observation at an event is dated as the event, at the same precision`);
        }
      }
      once(ro.id, `ro|${ro.person}|${ro.title}|${ro.organization}|${ro.event ?? ro.observedAt}`, 'role observation');
    }

    for (const pa of facts.participations) {
      common(pa);
      cited(pa.id, 'person', resolve(f, pa.id, 'person', pa.person, ['Person']));
      cited(pa.id, 'event', resolve(f, pa.id, 'event', pa.event, ['Event']));
      if (pa.bridgePointPlace !== undefined) cited(pa.id, 'bridgePointPlace', resolve(f, pa.id, 'bridgePointPlace', pa.bridgePointPlace, ['Place']));
      once(pa.id, `pa|${pa.person}|${pa.event}|${pa.role}`, 'participation');
    }

    for (const rel of facts.relations) {
      common(rel);
      const allowed = RELATION_ENDPOINTS[rel.type] as ReadonlyArray<readonly [EntityLabel, EntityLabel]>;
      const from = resolve(f, rel.id, 'from', rel.from, [...new Set(allowed.map(([a]) => a))]);
      const to = resolve(f, rel.id, 'to', rel.to, [...new Set(allowed.map(([, b]) => b))]);
      if (from && to && !allowed.some(([a, b]) => a === from.kind && b === to.kind)) {
        issue(f, rel.id, 'type', `${rel.type} cannot join ${article(from.kind)} to ${article(to.kind)}; it joins ${allowed.map(([a, b]) => `${a} → ${b}`).join(', ')}`);
      }
      if (rel.from === rel.to) issue(f, rel.id, 'to', 'a relationship cannot join a record to itself');
      cited(rel.id, 'from', from);
      cited(rel.id, 'to', to);
      for (const [field, label] of Object.entries(RELATION_REFERENCE_FIELDS[rel.type] ?? {})) {
        if (typeof rel[field] === 'string') cited(rel.id, field, resolve(f, rel.id, field, rel[field] as string, [label]));
      }
      const dates = Object.fromEntries((RELATIONSHIP_DATE_FIELDS[rel.type] ?? []).map((field) => [field, checkDate(f, rel.id, field, rel[field])]));
      if (rel.type === 'SUCCEEDED_BY' && dates.date) checkSuccession(rel.id, dates.date, from?.record, to?.record);
      once(rel.id, `rel|${rel.type}|${rel.from}|${rel.to}`, `${rel.type} relationship`);
    }
  }
  return issues;
}
