import { ENTITY_LABELS, type EntityLabel } from './labels.js';

/** The `EntityKind` enum of the API: the label in upper case. */
const LABEL_OF_KIND = new Map<string, EntityLabel>(ENTITY_LABELS.map((label) => [label.toUpperCase(), label]));

/** The labels of the given kinds, or every entity label when no kinds are given. Unknown kinds are dropped (GraphQL has already rejected them). */
export function labelsOfKinds(kinds: readonly string[] | null | undefined): EntityLabel[] {
  if (!kinds || kinds.length === 0) return [...ENTITY_LABELS];
  return [...new Set(kinds.map((k) => LABEL_OF_KIND.get(k)).filter((l): l is EntityLabel => l !== undefined))];
}
