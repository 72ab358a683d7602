import { participationRow } from '../../model/rows.js';
import type { ParticipationRecord } from '../../model/records.js';
import { toEdgeRow, type EdgeRow } from '../db/graph/graph-edge.js';
import { lockNodes } from '../db/write/node.writes.js';
import { relationshipById, relationshipsBetween, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { applyInference, checkInference } from './inference.js';
import { LIMITS } from './limits.js';
import { factId } from './slug.js';
import { STORED_ENUMS } from './stored-enums.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

export interface ParticipationInput {
  slug?: unknown;
  person: FieldRef;
  event: FieldRef;
  role: unknown;
  titleAtEvent?: unknown;
  bridgePoint?: unknown;
  bridgePointPlace?: FieldRef | null;
  inferred?: unknown;
  inferenceNote?: unknown;
  citation: CitationInput;
}

/**
 * Records that a person took part in an event in a role. One person in one
 * role at one event is one participation (a participation already stored, by
 * the seed or an earlier call, is updated and its sources grow); given fields
 * replace stored ones, absent fields keep them.
 */
export async function recordParticipation(deps: WriteDeps, input: ParticipationInput): Promise<{ participation: EdgeRow; created: boolean }> {
  return runMutation(deps.executor, mutationMeta(deps, 'recordParticipation'), prepareParticipation(input));
}

/** recordParticipation's checks, and its work for a transaction. */
export function prepareParticipation(input: ParticipationInput): PreparedWrite<{ participation: EdgeRow; created: boolean }> {
  const c = new Checker();
  const slug = c.slug('input.slug', input.slug, 'pa-');
  const role = c.oneOf('input.role', input.role, STORED_ENUMS.participationRole);
  if (role === undefined || role === null) c.required('input.role', input.role);
  const titleAtEvent = c.text('input.titleAtEvent', input.titleAtEvent, { max: LIMITS.shortText });
  const bridgePoint = c.text('input.bridgePoint', input.bridgePoint, { max: LIMITS.shortText });
  if (input.bridgePointPlace && !bridgePoint) c.fail('input.bridgePoint', 'is required when bridgePointPlace is given');
  const inference = checkInference(c, input, 'input');
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  return async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const refs = await resolveRefs(session, { person: input.person, event: input.event, place: input.bridgePointPlace });
    const person = refs.person!;
    const event = refs.event!;
    // Every write of a participation of this person queues on the person's lock.
    await lockNodes(session, [person], { create: false });
    const sameRole = (await relationshipsBetween(session, 'PARTICIPATED_IN', person, event)).find((r) => r.props.role === role);
    const id = sameRole?.id ?? slug ?? factId('pa-', [person.id, event.id, role!]);
    const before = sameRole?.props ?? (await relationshipById(session, 'PARTICIPATED_IN', id));
    const old = before ?? {};
    const inferenceCheck = new Checker();
    const inferred = applyInference(inferenceCheck, old, inference, 'input');
    inferenceCheck.done();
    const keep = (given: string | null | undefined, key: string) => (given === undefined ? (typeof old[key] === 'string' ? (old[key] as string) : undefined) : (given ?? undefined));
    const record: ParticipationRecord = { id, person: person.id, event: event.id, role: role as ParticipationRecord['role'], ...inferred };
    const title = keep(titleAtEvent, 'titleAtEvent');
    const point = keep(bridgePoint, 'bridgePoint');
    const place = refs.place?.id ?? keep(undefined, 'bridgePointPlaceId');
    if (title !== undefined) record.titleAtEvent = title;
    if (point !== undefined) record.bridgePoint = point;
    if (place !== undefined) record.bridgePointPlace = place;
    const props = await writeRelationship(session, 'PARTICIPATED_IN', person, event, participationRow(record, union(stringList(old.sourceIds), sourceIds)), before);
    session.about(person.id, event.id);
    const edge = toEdgeRow({ type: 'PARTICIPATED_IN', from: { label: 'Person', id: person.id }, to: { label: 'Event', id: event.id }, props, observations: [] });
    return { participation: edge, created: before === null };
  };
}
