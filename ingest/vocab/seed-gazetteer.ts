import type { EntityRecord } from '../../model/records.js';
import type { GazetteerEntry, GazetteerKind } from './gazetteer.js';

const KIND: Record<string, GazetteerKind> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Place: 'PLACE',
  Event: 'EVENT',
  Program: 'PROGRAM',
  Model: 'MODEL',
  Campaign: 'CAMPAIGN',
  Document: 'DOCUMENT',
  Award: 'AWARD',
};

/**
 * A gazetteer from registry records in the seed's format: every name and alias
 * of every entity. `withoutSource` leaves out what only that source cites — the
 * registry as it stood before the article was added — so an article is never
 * read with a gazetteer made from its own answer.
 */
export function gazetteerFromRecords(records: Iterable<EntityRecord & { label: string }>, withoutSource?: string): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const r of records) {
    const kind = KIND[r.label];
    if (!kind || typeof r.name !== 'string') continue;
    if (withoutSource && !(r.sources ?? []).some((s) => s !== withoutSource)) continue;
    entries.push({ kind, name: r.name, aliases: r.aliases ?? [] });
  }
  return entries;
}
