import type { ScopedLabel } from '../../db/place/place-scope.js';
import type { EntityRow, PlaceScope, ScopedEdgeParent } from '../parent-rows.js';
import { reads } from '../field-reads.js';
import type { FieldResolver } from './field-resolver.js';

/**
 * The scope the edges of a list carry (`through`): only a place filter that
 * follows succession has one; without it every `through` is empty without a
 * query.
 */
export function placeScope(label: ScopedLabel, place: string | null | undefined, contained: boolean, followSuccession: boolean): PlaceScope | undefined {
  return place && followSuccession ? { label, place, contained } : undefined;
}

/** `through` of ModelEdge, EventEdge, ProgramEdge and OrganizationEdge: it reads the edge (not a stored row), its node's id and its scope. */
export const throughField: FieldResolver<ScopedEdgeParent, EntityRow[]> = reads(['node', 'scope'], (edge, _args, context) =>
  edge.scope ? context.loaders.places.through(edge.scope.label).load({ node: edge.node.id, place: edge.scope.place, contained: edge.scope.contained }) : [],
);
