import type { Executor } from '../executor.js';
import { toNodeRow, plain, type NodeRow } from '../mapping.js';
import { nodeProperties, nodeValues, projectedRow, relationshipProperties } from '../read-projection.js';
import { statementVariants } from '../statement-variants.js';
import { RELATIONS, type RelationName, type RelationSpec } from '../../../model/relation-specs.js';

/** One relationship followed from a node: the node at the far end and the relationship's own properties. */
export interface RelatedRow {
  key: string;
  node: NodeRow;
  rel: Record<string, unknown>;
}

function statementFor(spec: RelationSpec, properties?: readonly string[], relationship = true): string {
  const pattern = spec.direction === 'OUT' ? `-[r:${spec.type}]->` : `<-[r:${spec.type}]-`;
  // Undated nodes sort last; the id breaks ties so every order is total.
  const order = spec.orderBy === 'date' ? 'coalesce(b.dateFrom, b.observedAtFrom, b.publishedAtFrom, date("9999-12-31")), b.id' : 'b.sortKey, b.id';
  return `UNWIND $ids AS key
MATCH (a:${spec.from} {id: key})${pattern}(b:${spec.to})
RETURN key, ${properties ? nodeValues('b', spec.to, properties) : nodeProperties('b', spec.to)} AS node, ${relationship ? relationshipProperties('r', spec.type) : '{}'} AS rel
ORDER BY key, ${order}`;
}

// Built from the fixed specs; each is a parameterised statement.
const statement = statementVariants<{ name: RelationName; properties: readonly string[] | undefined; relationship: boolean }>(
  (v) => `${v.name}:${v.properties?.join(',') ?? '*'}:${v.relationship}`,
  (v) => statementFor(RELATIONS[v.name], v.properties, v.relationship),
);

/** Follows the declared relationships for many nodes in one round trip. */
export class RelationRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The far nodes with every property, or, given `properties`, with only those
   * and the id; without the relationship's properties (an empty map) when
   * `relationship` is false.
   */
  async follow(name: RelationName, ids: readonly string[], properties?: readonly string[], relationship = true): Promise<RelatedRow[]> {
    const spec = RELATIONS[name];
    // With `properties`, the far node comes as a list of values (read-projection.ts nodeValues).
    const rows = await this.executor.coalescedRead<{ key: string; node: unknown; rel: Record<string, unknown> }>(
      statement({ name, properties, relationship }),
      { ids: [...ids] },
      ['key', 'node', 'rel'],
    );
    return rows.map((r) => ({ key: r.key, node: toNodeRow(spec.to, projectedRow(properties ?? 'all', r.node)), rel: plain(r.rel) as Record<string, unknown> }));
  }
}
