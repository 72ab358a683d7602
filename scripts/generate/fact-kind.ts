import type { NodeLabel, RelationshipType } from '../../transfer/transfer-model.js';
import type { GraphFact } from './graph-records.js';

/**
 * A kind of generated thing (a person with their observations, an event with
 * its links): `count` of them, each one's facts a pure function of its index.
 * `produces` lists every label and type its facts may have, so a section of
 * the file only walks the kinds that can contribute to it.
 */
export interface FactKind {
  name: string;
  count: number;
  produces: ReadonlyArray<NodeLabel | RelationshipType>;
  facts(index: number): GraphFact[];
}
