import { relationRow } from '../../model/rows.js';
import { RELATION_ENDPOINTS, RELATION_TYPES, type RelationType } from '../../model/graph-model.js';
import type { RelationRecord } from '../../model/records.js';
import { toEdgeRow, type EdgeRow } from '../db/graph/graph-edge.js';
import type { EntityLabel } from '../../model/labels.js';
import { lockNodes } from '../db/write/node.writes.js';
import { deleteRelationship, relationshipById, relationshipsBetween, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { applyInference, checkInference } from './inference.js';
import { LIMITS } from './limits.js';
import { factId } from './slug.js';
import { STORED_ENUMS } from './stored-enums.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

export interface LinkInput {
  type: string;
  from: FieldRef;
  to: FieldRef;
  slug?: unknown;
  /** SUCCEEDED_BY: when the change took effect (required), what it was in words (required) and as a SuccessionKind. */
  date?: unknown;
  note?: unknown;
  kind?: unknown;
  /** ADOPTED_IN: since when. */
  since?: unknown;
  /** PRESENTED_AT: who presented the model. */
  presentedBy?: FieldRef | null;
  inferred?: unknown;
  inferenceNote?: unknown;
  citation: CitationInput;
}

/**
 * The properties each relationship type has besides id, sources and inference
 * (schema/graph-model.md). ATTENDED's `bridgePoints` has no input yet: a link
 * keeps the stored count.
 */
const OWN_PROPERTIES: Partial<Record<RelationType, readonly string[]>> = {
  SUCCEEDED_BY: ['date', 'kind', 'note'],
  ADOPTED_IN: ['since'],
  PRESENTED_AT: ['presentedBy'],
  ATTENDED: ['bridgePoints'],
};
// `kind` stays optional for SUCCEEDED_BY: clients that linked places before it existed keep working (docs/decisions/023).
const REQUIRED_PROPERTIES: Partial<Record<RelationType, readonly string[]>> = { SUCCEEDED_BY: ['date', 'note'] };

const kebab = (type: string) => type.toLowerCase().replace(/_/g, '-');

/** Checks the type and the kinds of its ends against the graph model's whitelist of label pairs. */
export function checkRelationType(c: Checker, type: string, from: FieldRef, to: FieldRef, path: string): RelationType | undefined {
  const relation = RELATION_TYPES.find((t) => t === type);
  if (!relation) {
    const hint = type === 'PARTICIPATED_IN' ? ' (use recordParticipation)' : type === 'HELD_ROLE' ? ' (use recordRoleObservation)' : '';
    return c.fail(`${path}.type`, `must be a relationship type between entities${hint}`);
  }
  const pairs = RELATION_ENDPOINTS[relation] as ReadonlyArray<readonly [EntityLabel, EntityLabel]>;
  if (!pairs.some(([a, b]) => a === from.label && b === to.label)) {
    c.fail(`${path}.to`, `${relation} joins ${pairs.map(([a, b]) => `${a} → ${b}`).join(' or ')}, not ${from.label} → ${to.label}`);
    return undefined;
  }
  return relation;
}

/**
 * Links two entities with a relationship of the graph model (organisers,
 * models and programs of an event, places, parts, …). Linking two entities
 * already linked by that type updates the stored relationship: given properties
 * replace stored ones and the cited sources are added.
 */
export async function link(deps: WriteDeps, input: LinkInput): Promise<{ relationship: EdgeRow; created: boolean }> {
  return runMutation(deps.executor, mutationMeta(deps, 'link'), prepareLink(input));
}

/** link's checks, and its work for a transaction. */
export function prepareLink(input: LinkInput): PreparedWrite<{ relationship: EdgeRow; created: boolean }> {
  const c = new Checker();
  const type = checkRelationType(c, input.type, input.from, input.to, 'input');
  const slug = c.slug('input.slug', input.slug, '');
  const own: Record<string, unknown> = {
    date: c.partialDate('input.date', input.date),
    note: c.text('input.note', input.note, { max: LIMITS.note }),
    kind: c.oneOf('input.kind', input.kind, STORED_ENUMS.successionKind),
    since: c.partialDate('input.since', input.since),
  };
  if (input.presentedBy) own.presentedBy = input.presentedBy;
  if (type) {
    for (const key of ['date', 'note', 'kind', 'since', 'presentedBy']) {
      if (own[key] !== undefined && own[key] !== null && !(OWN_PROPERTIES[type] ?? []).includes(key)) c.fail(`input.${key}`, `is not a property of ${type}`);
    }
  }
  const inference = checkInference(c, input, 'input');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  const relation = type!;
  return async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const refs = await resolveRefs(session, { from: input.from, to: input.to, presentedBy: input.presentedBy });
    const from = refs.from!;
    const to = refs.to!;
    await lockNodes(session, [from, to], { create: false });
    const existing = (await relationshipsBetween(session, relation, from, to))[0];
    const id = existing?.id ?? slug ?? factId(`${kebab(relation)}-`, [from.id, to.id]);
    const before = existing?.props ?? (await relationshipById(session, relation, id));
    const old = before ?? {};
    const checker = new Checker();
    const inferred = applyInference(checker, old, inference, 'input');
    const record: RelationRecord = { id, type: relation, from: from.id, to: to.id, ...inferred };
    for (const key of OWN_PROPERTIES[relation] ?? []) {
      const stored = key === 'presentedBy' ? old.presentedById : old[key];
      const value = key === 'presentedBy' ? refs.presentedBy?.id : own[key];
      const next = value === undefined ? stored : value;
      if (next !== undefined && next !== null) record[key] = next;
      else if ((REQUIRED_PROPERTIES[relation] ?? []).includes(key)) checker.fail(`input.${key}`, `is required for ${relation}`);
    }
    checker.done();
    const props = await writeRelationship(session, relation, from, to, relationRow(record, union(stringList(old.sourceIds), sourceIds)), before);
    session.about(from.id, to.id);
    const edge = toEdgeRow({ type: relation, from: from as { label: EntityLabel; id: string }, to: to as { label: EntityLabel; id: string }, props, observations: [] });
    return { relationship: edge, created: before === null };
  };
}

export interface UnlinkInput {
  type: string;
  from: FieldRef;
  to: FieldRef;
  /** PARTICIPATED_IN only: remove only the participation in this role. */
  role?: unknown;
  citation: CitationInput;
}

/**
 * Removes the relationships of a type between two entities (participations
 * too, optionally only one role). Idempotent: removing what is not there
 * removes nothing and says so (`removed: 0`). The cited sources, which show the
 * link was wrong, are kept in the audit entry.
 */
export async function unlink(deps: WriteDeps, input: UnlinkInput): Promise<{ removed: number }> {
  return runMutation(deps.executor, mutationMeta(deps, 'unlink'), prepareUnlink(input));
}

/** unlink's checks, and its work for a transaction. */
export function prepareUnlink(input: UnlinkInput): PreparedWrite<{ removed: number }> {
  const c = new Checker();
  const type = input.type === 'PARTICIPATED_IN' ? 'PARTICIPATED_IN' : checkRelationType(c, input.type, input.from, input.to, 'input');
  if (type === 'PARTICIPATED_IN' && (input.from.label !== 'Person' || input.to.label !== 'Event')) c.fail('input.to', 'PARTICIPATED_IN joins Person → Event');
  const role = c.oneOf('input.role', input.role, STORED_ENUMS.participationRole);
  if (role && type !== 'PARTICIPATED_IN') c.fail('input.role', 'is only for PARTICIPATED_IN');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  const relation = type!;
  return async (session) => {
    await writeCitation(session, citation);
    const refs = await resolveRefs(session, { from: input.from, to: input.to });
    await lockNodes(session, [refs.from!, refs.to!], { create: false });
    const matches = (await relationshipsBetween(session, relation, refs.from!, refs.to!)).filter((r) => !role || r.props.role === role);
    for (const r of matches) await deleteRelationship(session, relation, r.id, r.props, { from: refs.from!.id, to: refs.to!.id });
    session.about(refs.from!.id, refs.to!.id);
    return { removed: matches.length };
  };
}
