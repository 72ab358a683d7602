import { roleObservationRows } from '../../model/rows.js';
import type { RoleObservationRecord } from '../../model/records.js';
import { toNodeRow, type NodeRow } from '../db/mapping.js';
import { lockNodes, readNode, writeRoleObservationNode, type NodeRef } from '../db/write/node.writes.js';
import { relationshipById, relationshipsOf, writeRelationship } from '../db/write/relationship.writes.js';
import { runMutation, type WriteSession } from '../db/write/write-session.js';
import { Checker } from './checker.js';
import { checkCitation, writeCitation, type CitationInput } from './citation.js';
import { resolveRefs, stringList, union, type FieldRef } from './fact-refs.js';
import { applyInference, checkInference, type InferenceChange } from './inference.js';
import { LIMITS } from './limits.js';
import { factId } from './slug.js';
import { mutationMeta, type PreparedWrite, type WriteDeps } from './write-deps.js';

export interface RoleObservationInput {
  slug?: unknown;
  person: FieldRef;
  organization: FieldRef;
  event?: FieldRef | null;
  title: unknown;
  titleAsWritten?: unknown;
  observedAt: unknown;
  inferred?: unknown;
  inferenceNote?: unknown;
  citation: CitationInput;
}

/** The observation's fields, checked; the references are resolved in the transaction. */
interface ObservationChange {
  slug: string | undefined;
  title: string;
  titleAsWritten: string | undefined;
  observedAt: string;
  inference: InferenceChange;
}

/**
 * Writes an observation node and its three relationships as the seed writes
 * them. `sourceIds` are added to what it cites and `withdrawn` ones removed;
 * `change` null keeps its fields (used by attachSources and withdrawSource).
 */
export async function writeObservation(
  session: WriteSession,
  id: string,
  ends: { person: NodeRef; organization: NodeRef; event: NodeRef | null } | null,
  change: ObservationChange | null,
  sourceIds: readonly string[],
  path: string,
  withdrawn: readonly string[] = [],
): Promise<{ props: Record<string, unknown>; created: boolean }> {
  const ref = { label: 'RoleObservation' as const, id };
  const created = (await lockNodes(session, [ref], { create: change !== null })).get(`RoleObservation:${id}`);
  if (created === null || created === undefined) throw new Error(`role observation ${id} vanished`);
  const before = created ? null : await readNode(session, ref);
  const current = before ? await relationshipsOf(session, ref) : [];
  const endOf = (type: string) => current.find((r) => r.type === type)?.other.id;
  const c = new Checker();
  const old = before ?? {};
  const inference = applyInference(c, old, change?.inference ?? {}, path);
  c.done();
  const record: RoleObservationRecord = {
    id,
    person: ends?.person.id ?? endOf('HAS_ROLE')!,
    organization: ends?.organization.id ?? endOf('IN_ORGANIZATION')!,
    title: change?.title ?? (old.title as string),
    titleAsWritten: change?.titleAsWritten ?? change?.title ?? (old.titleAsWritten as string),
    observedAt: change?.observedAt ?? (old.observedAt as string),
    ...inference,
  };
  const event = ends?.event?.id ?? endOf('AT_EVENT');
  if (event !== undefined) record.event = event;
  const sources = union(stringList(old.sourceIds), sourceIds).filter((s) => !withdrawn.includes(s));
  if (sources.length === 0) {
    const cc = new Checker();
    cc.fail(path, `role observation ${id} would cite no source`);
    cc.done();
  }
  const props = await writeRoleObservationNode(session, record, sources, before);
  const rows = roleObservationRows(record, sources);
  const person = { label: 'Person' as const, id: record.person };
  await writeRelationship(session, 'HAS_ROLE', person, ref, rows.hasRole, await relationshipById(session, 'HAS_ROLE', rows.hasRole.id));
  const organization = { label: 'Organization' as const, id: record.organization };
  await writeRelationship(session, 'IN_ORGANIZATION', ref, organization, rows.inOrganization, await relationshipById(session, 'IN_ORGANIZATION', rows.inOrganization.id));
  if (rows.atEvent) {
    const eventRef = { label: 'Event' as const, id: rows.atEvent.to };
    await writeRelationship(session, 'AT_EVENT', ref, eventRef, rows.atEvent, await relationshipById(session, 'AT_EVENT', rows.atEvent.id));
  }
  session.about(id, record.person, record.organization, ...(record.event ? [record.event] : []));
  return { props, created };
}

/**
 * Records that a person held a title in an organisation on a date, according
 * to the cited sources. The same statement recorded again (same person,
 * organisation, title, date and event) is the same observation: its sources grow.
 */
export async function recordRoleObservation(deps: WriteDeps, input: RoleObservationInput): Promise<{ observation: NodeRow; created: boolean }> {
  return runMutation(deps.executor, mutationMeta(deps, 'recordRoleObservation'), prepareRoleObservation(input));
}

/** recordRoleObservation's checks, and its work for a transaction. */
export function prepareRoleObservation(input: RoleObservationInput): PreparedWrite<{ observation: NodeRow; created: boolean }> {
  const c = new Checker();
  const change: ObservationChange = {
    slug: c.slug('input.slug', input.slug, 'ro-'),
    title: c.text('input.title', input.title, { max: LIMITS.shortText }) ?? (c.required('input.title', input.title), ''),
    titleAsWritten: c.text('input.titleAsWritten', input.titleAsWritten, { max: LIMITS.shortText }) ?? undefined,
    observedAt: c.partialDate('input.observedAt', input.observedAt) ?? (c.required('input.observedAt', input.observedAt), ''),
    inference: checkInference(c, input, 'input'),
  };
  const citation = checkCitation(c, input.citation, 'input');
  c.done();
  return async (session) => {
    const sourceIds = await writeCitation(session, citation);
    const ends = await resolveRefs(session, { person: input.person, organization: input.organization, event: input.event });
    if (ends.event) {
      // As the seed requires: an observation made at an event is dated as the event, at the same precision.
      const eventDate = (await readNode(session, ends.event))?.date;
      if (typeof eventDate === 'string' && eventDate !== change.observedAt) {
        const cc = new Checker();
        cc.fail('input.observedAt', `"${change.observedAt}" differs from the date of the event ("${eventDate}"); an observation at an event is dated as the event`);
        cc.done();
      }
    }
    const id = change.slug ?? factId('ro-', [ends.person!.id, ends.organization!.id, change.title, change.observedAt, ends.event?.id]);
    const written = await writeObservation(session, id, { person: ends.person!, organization: ends.organization!, event: ends.event }, change, sourceIds, 'input');
    return { observation: toNodeRow('RoleObservation', written.props), created: written.created };
  };
}
