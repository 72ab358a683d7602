import { RELATIONSHIP_TYPES } from '../../../model/graph-model.js';
import type { EntityLabel } from '../../../model/labels.js';
import type { WriteSession } from './write-session.js';

/**
 * Properties that name another node by id instead of linking to it
 * (graph-model.md): a Source in every `sourceIds`, a Person in PRESENTED_AT's
 * `presentedById`, a Place in PARTICIPATED_IN's `bridgePointPlaceId`. Merging
 * or deleting such a node has to rewrite them. The audit trail's own entries
 * are history and are never rewritten. Relationships are read by the facts'
 * types: what the database keeps for reading (decision 032) cites nothing.
 */
const FACTS = RELATIONSHIP_TYPES.join('|');
const COUNT: Partial<Record<EntityLabel, string>> = {
  Source: `CALL () {
  MATCH (n) WHERE $id IN n.sourceIds AND NOT n:AuditEntry RETURN count(n) AS c
  UNION ALL
  MATCH ()-[r:${FACTS}]->() WHERE $id IN r.sourceIds RETURN count(r) AS c
} RETURN sum(c) AS count`,
  Person: 'MATCH ()-[r:PRESENTED_AT {presentedById: $id}]->() RETURN count(r) AS count',
  Place: 'MATCH ()-[r:PARTICIPATED_IN {bridgePointPlaceId: $id}]->() RETURN count(r) AS count',
};

// `sourceIds` keeps its order, the merged id taking the place of the old one, without duplicates.
const REPLACED = 'reduce(acc = [], x IN $list | CASE WHEN (CASE x WHEN $from THEN $to ELSE x END) IN acc THEN acc ELSE acc + (CASE x WHEN $from THEN $to ELSE x END) END)';
const REPOINT: Partial<Record<EntityLabel, string>> = {
  Source: `CALL () {
  MATCH (n) WHERE $from IN n.sourceIds AND NOT n:AuditEntry
  SET n.sourceIds = ${REPLACED.replaceAll('$list', 'n.sourceIds')}
  RETURN count(n) AS c
  UNION ALL
  MATCH ()-[r:${FACTS}]->() WHERE $from IN r.sourceIds
  SET r.sourceIds = ${REPLACED.replaceAll('$list', 'r.sourceIds')}
  RETURN count(r) AS c
} RETURN sum(c) AS count`,
  Person: 'MATCH ()-[r:PRESENTED_AT {presentedById: $from}]->() SET r.presentedById = $to RETURN count(r) AS count',
  Place: 'MATCH ()-[r:PARTICIPATED_IN {bridgePointPlaceId: $from}]->() SET r.bridgePointPlaceId = $to RETURN count(r) AS count',
};
const DROP: Partial<Record<EntityLabel, string>> = {
  Person: 'MATCH ()-[r:PRESENTED_AT {presentedById: $id}]->() REMOVE r.presentedById RETURN count(r) AS count',
  Place: 'MATCH ()-[r:PARTICIPATED_IN {bridgePointPlaceId: $id}]->() REMOVE r.bridgePointPlaceId RETURN count(r) AS count',
};
const PROPERTY: Partial<Record<EntityLabel, string>> = { Source: 'sourceIds', Person: 'presentedById', Place: 'bridgePointPlaceId' };

/** How many nodes and relationships name the node by id. */
export async function countReferences(session: WriteSession, label: EntityLabel, id: string): Promise<number> {
  const statement = COUNT[label];
  if (!statement) return 0;
  return Number((await session.run(statement, { id }))[0]?.count ?? 0);
}

/** Makes every reference to `from` name `to` instead (merging). */
export async function repointReferences(session: WriteSession, label: EntityLabel, from: string, to: string): Promise<number> {
  const statement = REPOINT[label];
  if (!statement) return 0;
  const count = Number((await session.run(statement, { from, to }))[0]?.count ?? 0);
  if (count > 0) session.changed({ kind: 'references', label: PROPERTY[label]!, id: from, before: { id: from, count }, after: { id: to, count } });
  return count;
}

/** Removes the references to a deleted node (not for a Source: a cited source is never deleted). */
export async function dropReferences(session: WriteSession, label: EntityLabel, id: string): Promise<number> {
  const statement = DROP[label];
  if (!statement) return 0;
  const count = Number((await session.run(statement, { id }))[0]?.count ?? 0);
  if (count > 0) session.changed({ kind: 'references', label: PROPERTY[label]!, id, before: { id, count }, after: null });
  return count;
}
