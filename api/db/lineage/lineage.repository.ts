import type { Executor } from '../executor.js';
import { toNodeRow, type NodeRow } from '../mapping.js';
import { nodeProperties } from '../read-projection.js';
import { folded } from '../place/place-scope.js';
import type { DayRange, RecordedBounds } from '../../../model/lifespan.js';

/** The labels that have a line of succession (SUCCEEDED_BY joins each only to itself: model/graph-model.ts). */
export type LineLabel = 'Place' | 'Organization';

/**
 * One unit of a place's or organisation's line: the unit, how many
 * successions away it is (negative for predecessors, 0 for the unit asked
 * about, positive for successors), what it is part of, and its recorded
 * bounds (model/lifespan.ts decides what they mean).
 */
export interface LineUnit {
  key: string;
  step: number;
  node: NodeRow;
  parentIds: string[];
  bounds: RecordedBounds;
}

// How far a line is followed each way. The 2025 reorganisation is one step;
// a commune merged in 2019 and again in 2025 is two. A line longer than this
// is cut, never looped (SUCCEEDED_BY has no cycles, and a path repeats no
// relationship anyway).
/** How many successions a line is followed through, each way (a safeguard: real lines are a few steps long). */
export const LINE_STEPS = 12;

const range = (variable: string, field: string) => `CASE WHEN ${variable}.${field}From IS NULL THEN null ELSE {from: toString(${variable}.${field}From), to: toString(${variable}.${field}To)} END`;

const LINE = (label: LineLabel) => `UNWIND $ids AS key
MATCH (start:${label} {id: key})
CALL (start) {
  MATCH path = (start)<-[:SUCCEEDED_BY*0..${LINE_STEPS}]-(u:${label})
  RETURN u, -length(path) AS step
  UNION
  MATCH path = (start)-[:SUCCEEDED_BY*1..${LINE_STEPS}]->(u:${label})
  RETURN u, length(path) AS step
}
WITH key, u, CASE WHEN min(step) < 0 THEN max(step) ELSE min(step) END AS step
RETURN key, step, ${nodeProperties('u', label)} AS node,
  [(u)-[:PART_OF]->(parent:${label}) | parent.id] AS parentIds,
  ${range('u', 'validFrom')} AS validFrom,
  ${range('u', 'validTo')} AS validTo,
  [(u)<-[s:SUCCEEDED_BY]-(:${label}) WHERE s.dateFrom IS NOT NULL | {from: toString(s.dateFrom), to: toString(s.dateTo)}] AS incoming,
  [(u)-[s:SUCCEEDED_BY]->(:${label}) WHERE s.dateFrom IS NOT NULL | {from: toString(s.dateFrom), to: toString(s.dateTo)}] AS outgoing
ORDER BY key, abs(step), u.sortKey, u.id`;

const STATEMENTS: Record<LineLabel, string> = { Place: LINE('Place'), Organization: LINE('Organization') };

/** A post: a title (folded, model/text.ts) at an organisation; `key` is the batch's own. */
export interface PostQuery {
  key: string;
  organization: string;
  title: string;
}

/** An observation of a post, with its person and the unit of the line it names. */
export interface PostObservation {
  key: string;
  person: NodeRow;
  observation: NodeRow;
  organization: string;
}

/**
 * A subquery giving, as `unit`, each unit of the line of the organisation
 * `start`: itself, its predecessors and its successors at any remove (not its
 * siblings: the bodies that merged with it are reached only through the body
 * they became).
 */
export const organizationLine = (start: string, unit: string) => `CALL (${start}) {
  MATCH (${start})<-[:SUCCEEDED_BY*0..${LINE_STEPS}]-(${unit}:Organization)
  RETURN ${unit}
  UNION
  MATCH (${start})-[:SUCCEEDED_BY*1..${LINE_STEPS}]->(${unit}:Organization)
  RETURN ${unit}
}`;

// Every observation of the title at the organisation, its predecessors and its
// successors at any remove (not its siblings: the head of the Ban Tuyên giáo
// that merged with a Ban Dân vận held another post).
const POST_OBSERVATIONS = `UNWIND $posts AS post
MATCH (o:Organization {id: post.organization})
${organizationLine('o', 'u')}
MATCH (u)<-[:IN_ORGANIZATION]-(ro:RoleObservation)<-[:HAS_ROLE]-(p:Person)
WHERE ${folded('ro.title')} = post.title
RETURN post.key AS key, ${nodeProperties('p', 'Person')} AS person, ${nodeProperties('ro', 'RoleObservation')} AS observation, u.id AS organization
ORDER BY key, ro.observedAtFrom, ro.id`;

interface LineRecord {
  key: string;
  step: number;
  node: Record<string, unknown>;
  parentIds: string[];
  validFrom: DayRange | null;
  validTo: DayRange | null;
  incoming: DayRange[];
  outgoing: DayRange[];
}

/**
 * The lines of succession of places and organisations (docs/decisions/027):
 * each unit with its predecessors and successors at any remove, and the dates
 * that bound their lives, in one round trip for many units.
 */
export class LineageRepository {
  constructor(private readonly executor: Executor) {}

  /** Every observation of each post along its organisation's line. */
  async postObservations(posts: readonly PostQuery[]): Promise<PostObservation[]> {
    const rows = await this.executor.coalescedRead<{ key: string; person: Record<string, unknown>; observation: Record<string, unknown>; organization: string }>(
      POST_OBSERVATIONS,
      { posts: [...posts] },
      ['key', 'person', 'observation', 'organization'],
    );
    return rows.map((r) => ({ key: r.key, person: toNodeRow('Person', r.person), observation: toNodeRow('RoleObservation', r.observation), organization: r.organization }));
  }

  async lines(label: LineLabel, ids: readonly string[]): Promise<LineUnit[]> {
    const rows = await this.executor.coalescedRead<LineRecord>(STATEMENTS[label], { ids: [...ids] }, ['key', 'step', 'node', 'parentIds', 'validFrom', 'validTo', 'incoming', 'outgoing']);
    return rows.map((r) => ({
      key: r.key,
      step: r.step,
      node: toNodeRow(label, r.node),
      parentIds: r.parentIds,
      bounds: { validFrom: r.validFrom, validTo: r.validTo, incoming: r.incoming, outgoing: r.outgoing },
    }));
  }
}
