import { encodeRecord } from '../../transfer/ndjson-codec.js';
import { SORTED_RELATIONSHIP_TYPES, SORTED_NODE_LABELS, type NodeLabel, type RelationshipType } from '../../transfer/transfer-model.js';
import { eventsKind, sourcesKind } from './events-and-sources.js';
import type { FactKind } from './fact-kind.js';
import { districtsKind, newCommunesKind, oldCommunesKind, topKind, unitOrganizationsKind } from './geography.js';
import { awardsKind, campaignsKind, documentsKind, modelsKind, programsKind } from './initiatives.js';
import { peopleKind } from './people.js';
import type { Plan } from './size-plan.js';
import { World } from './world.js';

/**
 * The whole generated graph as the lines of an export file: the header, nodes
 * label by label, relationships type by type (the export's order of sections;
 * within a section, generation order — the importer needs no order but the
 * header first and the end line last), then the end line with the counts.
 * Each section walks the kinds that produce it and keeps only its own facts,
 * so memory holds one entity's facts at a time, whatever the size.
 */
export function factKinds(plan: Plan): FactKind[] {
  const world = new World(plan);
  return [
    topKind(world),
    unitOrganizationsKind(world),
    districtsKind(world),
    oldCommunesKind(world),
    newCommunesKind(world),
    sourcesKind(world),
    eventsKind(world),
    peopleKind(world),
    campaignsKind(world),
    modelsKind(world),
    programsKind(world),
    documentsKind(world),
    awardsKind(world),
  ];
}

export interface GenerationProgress {
  /** Entities walked so far, over all sections. */
  done: number;
  total: number;
  section: string;
}

export interface GenerationCounts {
  nodes: number;
  relationships: number;
  byLabel: Partial<Record<NodeLabel | RelationshipType, number>>;
}

type Section = { kind: 'node'; name: NodeLabel } | { kind: 'relationship'; name: RelationshipType };

/** Lines without newlines. `schemaVersion` is the database schema the file is for (the last migration's). */
export function* generateLines(plan: Plan, schemaVersion: number, counts: GenerationCounts, onProgress?: (p: GenerationProgress) => void): Generator<string> {
  const kinds = factKinds(plan);
  const sections: Section[] = [
    ...SORTED_NODE_LABELS.map((name): Section => ({ kind: 'node', name })),
    ...SORTED_RELATIONSHIP_TYPES.map((name): Section => ({ kind: 'relationship', name })),
  ];
  const walks = sections.map((s) => kinds.filter((k) => k.produces.includes(s.name)));
  const total = walks.reduce((sum, ks) => sum + ks.reduce((n, k) => n + k.count, 0), 0);
  let done = 0;
  yield encodeRecord({ kind: 'header', schemaVersion });
  for (const [i, section] of sections.entries()) {
    for (const kind of walks[i]!) {
      for (let index = 0; index < kind.count; index++) {
        for (const fact of kind.facts(index)) {
          const name = fact.kind === 'node' ? fact.label : fact.type;
          if (fact.kind !== section.kind || name !== section.name) continue;
          if (fact.kind === 'node') counts.nodes += 1;
          else counts.relationships += 1;
          counts.byLabel[name] = (counts.byLabel[name] ?? 0) + 1;
          yield encodeRecord(fact);
        }
        if (++done % 1000 === 0) onProgress?.({ done, total, section: section.name });
      }
    }
  }
  onProgress?.({ done, total, section: 'done' });
  yield encodeRecord({ kind: 'end', nodes: counts.nodes, relationships: counts.relationships });
}
