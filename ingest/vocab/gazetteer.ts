import { IngestError } from '../errors.js';

/**
 * A registry gazetteer: every name and alias the graph already holds, by kind
 * (the API's EntityKind). The extractor recognises these names as they are
 * written (people without a family name it knows, districts, communes), and an
 * organisation written the way a registry entry or alias is gets that entry's
 * name. The seed's entities give one (`gazetteerFromSeed`).
 */
export type GazetteerKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'PROGRAM' | 'MODEL' | 'CAMPAIGN' | 'DOCUMENT' | 'AWARD';

export interface GazetteerEntry {
  kind: GazetteerKind;
  name: string;
  aliases?: string[];
}

const KINDS = new Set<GazetteerKind>(['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT', 'PROGRAM', 'MODEL', 'CAMPAIGN', 'DOCUMENT', 'AWARD']);

/** Checks a gazetteer given by a caller; a bad entry is `BAD_GAZETTEER`, naming it. */
export function checkGazetteer(entries: unknown): GazetteerEntry[] {
  if (!Array.isArray(entries)) throw new IngestError('BAD_GAZETTEER', 'the gazetteer must be a list of {kind, name, aliases}');
  return entries.map((entry, i) => {
    const e = entry as Partial<GazetteerEntry> | null;
    if (!e || typeof e !== 'object') throw new IngestError('BAD_GAZETTEER', `entry ${i} is not an object`);
    if (!KINDS.has(e.kind as GazetteerKind)) throw new IngestError('BAD_GAZETTEER', `entry ${i}: kind must be one of ${[...KINDS].join(', ')}`);
    if (typeof e.name !== 'string' || e.name.trim() === '') throw new IngestError('BAD_GAZETTEER', `entry ${i}: name must be a non-empty string`);
    const aliases = e.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) throw new IngestError('BAD_GAZETTEER', `entry ${i}: aliases must be a list of strings`);
    return { kind: e.kind as GazetteerKind, name: e.name.normalize('NFC').trim(), aliases: aliases.map((a) => a.normalize('NFC').trim()).filter((a) => a !== '') };
  });
}
