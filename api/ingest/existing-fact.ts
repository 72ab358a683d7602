import { RELATION_TYPES, type RelationType } from '../../model/graph-model.js';
import { readNode, resolveNodes, type NodeRef } from '../db/write/node.writes.js';
import { relationshipsBetween } from '../db/write/relationship.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import { factId } from '../write/slug.js';

/**
 * Whether the fact a proposal would record is already in the graph and stated
 * (not inferred): found as the write operation finds it (the observation's id
 * from its person, organisation, title, date and event; the participation by
 * person, event and role; the link by type and ends). Accepting an inferred
 * proposal then only adds the article to the fact's sources, rather than
 * marking a stated fact inferred.
 */
export async function existingFactIsStated(
  session: WriteSession,
  kind: 'ROLE_OBSERVATION' | 'PARTICIPATION' | 'LINK',
  refs: Record<string, NodeRef | null>,
  facts: Record<string, string | null>,
): Promise<boolean> {
  const given = Object.values(refs).filter((r): r is NodeRef => r !== null);
  const found = await resolveNodes(session, given);
  const resolved = (r: NodeRef | null) => (r ? { label: r.label, id: found.get(`${r.label}:${r.id}`) ?? null } : null);
  const ends = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, resolved(r)]));
  if (Object.values(ends).some((r) => r !== null && r.id === null)) return false;
  const at = (key: string) => ends[key] as NodeRef | null;
  if (kind === 'ROLE_OBSERVATION') {
    const id = factId('ro-', [at('person')!.id, at('organization')!.id, facts.title, facts.observedAt, at('event')?.id]);
    const stored = await readNode(session, { label: 'RoleObservation', id });
    return stored !== null && stored.inferred !== true;
  }
  if (kind === 'PARTICIPATION') {
    const same = (await relationshipsBetween(session, 'PARTICIPATED_IN', at('person')!, at('event')!)).find((r) => r.props.role === facts.role);
    return same !== undefined && same.props.inferred !== true;
  }
  const type = RELATION_TYPES.find((t) => t === facts.type) as RelationType | undefined;
  if (!type) return false;
  const stored = (await relationshipsBetween(session, type, at('from')!, at('to')!))[0];
  return stored !== undefined && stored.props.inferred !== true;
}
