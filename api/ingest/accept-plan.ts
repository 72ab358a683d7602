import type { EntityLabel, NodeLabel } from '../../model/labels.js';
import type { AcceptanceResult, EntityPayload, LinkPayload, ParticipationPayload, RoleObservationPayload, StoredProposal } from '../db/ingest/proposal-record.js';
import { resolveNodes } from '../db/write/node.writes.js';
import type { WriteSession } from '../db/write/write-session.js';
import { ENTITY_SPECS } from '../write/entity-specs.js';
import type { FieldRef } from '../write/fact-refs.js';
import { inputError } from '../write/input-error.js';
import { slugFromName } from '../write/slug.js';
import { prepareAttachSources, prepareCreateEntity, prepareLink, prepareParticipation, prepareRoleObservation, type PreparedWrite } from '../write/index.js';
import type { CheckedCorrections } from './corrections.js';
import { existingFactIsStated } from './existing-fact.js';

/** A proposal's acceptance, ready to run: the write operation's work, and where it will write. */
export interface AcceptPlan {
  work: PreparedWrite<unknown>;
  /** Which change of the transaction is the written fact (its node or relationship, with the labels of its ends). */
  written: { kind: 'node'; label: string } | { kind: 'relationship'; type: string; fromLabel: string; toLabel: string };
  /** Entity proposals whose choice the fact uses. */
  dependsOn: string[];
  /** The entity chosen for an ENTITY proposal (null until written when it is new). */
  choiceId: string | null;
}

const CORRECTABLE_ROLES = new Set(['person', 'organization', 'event', 'from', 'to']);

const ROLE_LABELS: Record<string, NodeLabel> = { person: 'Person', organization: 'Organization', event: 'Event', bridgePointPlace: 'Place', presentedBy: 'Person' };

const named = (p: StoredProposal) => {
  const payload = p.payload as EntityPayload;
  return `the ${payload.label} "${payload.name}" (proposal ${p.id})`;
};

/**
 * The entity a fact's reference names: the reviewer's correction, else the
 * choice of the entity proposal it refers to — the entity its acceptance
 * wrote, or, while it is pending, the registry's match. A pending proposal
 * without a match (NEW or AMBIGUOUS) or a rejected one must be resolved first.
 * The entity is looked up now: a merged one is followed to its survivor, a
 * deleted one refused, so nothing is written on a choice that went stale.
 */
async function entityRef(
  session: WriteSession,
  proposals: ReadonlyMap<string, StoredProposal>,
  role: string,
  refId: string | null,
  correction: FieldRef | undefined,
  dependsOn: string[],
): Promise<FieldRef | null> {
  if (correction) return correction;
  if (refId === null) return null;
  const entity = proposals.get(refId);
  if (!entity || entity.kind !== 'ENTITY') throw new Error(`proposal ${refId} is not an entity proposal of this article`);
  const payload = entity.payload as EntityPayload;
  const chosen = entity.status === 'ACCEPTED' ? (entity.result?.target.id ?? null) : entity.status === 'PENDING' ? (entity.reconciliation?.choiceId ?? null) : null;
  // Where the reviewer can name the entity instead: a correction of this role, when the review has one.
  const correctable = CORRECTABLE_ROLES.has(role);
  const field = correctable ? `input.corrections.${role}` : 'input.proposal';
  const orHere = correctable ? `, or give the ${role}'s id here` : '';
  if (chosen === null) {
    const state = entity.status === 'REJECTED' ? 'was rejected' : `is pending (${entity.reconciliation?.decision ?? 'NEW'}: the registry has no sure match)`;
    throw inputError(field, `${named(entity)} ${state}: accept it first (as an existing entity or a new one)${orHere}`);
  }
  const label = payload.label;
  const found = (await resolveNodes(session, [{ label, id: chosen }])).get(`${label}:${chosen}`) ?? null;
  if (found === null) throw inputError(field, `${named(entity)} stands for ${chosen}, which no longer exists (deleted): undo and correct that proposal${orHere}`);
  dependsOn.push(entity.id);
  return { label, id: found, field };
}

function expectLabel(ref: FieldRef | null, role: string): void {
  const label = ROLE_LABELS[role];
  if (ref && label && ref.label !== label) throw inputError(ref.field, `must be a ${label}, got a ${ref.label}`);
}

/** The slug of a new entity: from its name, made distinct when another entity has it (a namesake the reviewer said it is not). */
async function newEntitySlug(session: WriteSession, proposal: StoredProposal, label: EntityLabel, name: string): Promise<string> {
  const prefix = ENTITY_SPECS[label].prefix;
  const base = slugFromName(prefix, name) ?? `${prefix}${proposal.id.slice(4, 16)}`;
  const distinct = `${base.slice(0, 100).replace(/-+$/, '')}-${proposal.id.slice(4, 12)}`;
  const taken = await resolveNodes(session, [{ label, id: base }, { label, id: distinct }]);
  if (taken.get(`${label}:${base}`) === null) return base;
  if (taken.get(`${label}:${distinct}`) === null) return distinct;
  throw inputError('input.corrections.name', `both ${base} and ${distinct} are taken: give the entity another name, or match it to ${distinct}`);
}

async function entityPlan(session: WriteSession, proposal: StoredProposal, corrections: CheckedCorrections, citation: { sources: string[] }): Promise<AcceptPlan> {
  const payload = proposal.payload as EntityPayload;
  const label = payload.label;
  const written = { kind: 'node' as const, label };
  let existing: FieldRef | null = corrections.match ?? null;
  const shaping = corrections.name !== undefined || corrections.aliases !== undefined || Object.keys(corrections.fields).length > 0;
  if (!existing && !corrections.createNew) {
    const choice = proposal.reconciliation?.choiceId ?? null;
    if (choice !== null && shaping) {
      throw inputError('input.corrections.createNew', `${named(proposal)} is matched to ${choice}; a name, aliases or fields describe a new entity: give createNew (or another match, without them)`);
    }
    if (choice !== null) existing = { label, id: choice, field: 'input.corrections.match' };
    else if (proposal.reconciliation?.decision === 'AMBIGUOUS') {
      const names = (proposal.reconciliation.candidates ?? []).map((c) => `${c.name} (${c.id})`).join(', ');
      throw inputError('input.corrections.match', `${named(proposal)} is AMBIGUOUS between ${names}: choose one as the match, or createNew`);
    }
  }
  if (existing) {
    const found = (await resolveNodes(session, [existing])).get(`${existing.label}:${existing.id}`) ?? null;
    if (found === null) throw inputError('input.corrections.match', `${existing.id} is not a ${label} of the registry (deleted since it was proposed?): choose another match, or createNew`);
    const ref = { label: existing.label, id: found, field: existing.field };
    return { work: prepareAttachSources({ kind: 'node', ref }, citation), written, dependsOn: [], choiceId: found };
  }
  const name = corrections.name ?? payload.name;
  const aliases = (corrections.aliases ?? payload.aliases).filter((a) => a !== name);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload.fields)) if (value !== null && key in ENTITY_SPECS[label].fields) fields[key] = value;
  Object.assign(fields, corrections.fields);
  const inference = proposal.inferred ? { inferred: true, inferenceNote: proposal.inferenceNote } : {};
  const slug = await newEntitySlug(session, proposal, label, name);
  const input = { slug, fields: { ...fields, [ENTITY_SPECS[label].nameField]: name, aliases, ...inference }, citation };
  return { work: prepareCreateEntity(label, input), written, dependsOn: [], choiceId: null };
}

/**
 * How accepting `proposal` (with `corrections`) writes, through the write
 * operation the proposal maps to, citing its Source: createX or
 * attachSources for an entity, recordRoleObservation, recordParticipation or
 * link for a fact. `proposals` holds the entity proposals it refers to, locked.
 */
export async function acceptPlan(session: WriteSession, proposal: StoredProposal, proposals: ReadonlyMap<string, StoredProposal>, corrections: CheckedCorrections): Promise<AcceptPlan> {
  const citation = { sources: [proposal.sourceId] };
  if (proposal.kind === 'ENTITY') return entityPlan(session, proposal, corrections, citation);
  const dependsOn: string[] = [];
  const ref = async (role: string, refId: string | null, correction: FieldRef | undefined) => {
    const found = await entityRef(session, proposals, role, refId, correction, dependsOn);
    expectLabel(found, role);
    return found;
  };
  // An inferred proposal onto a fact already stated elsewhere adds its source, not its doubt.
  const inference = async (kind: Parameters<typeof existingFactIsStated>[1], refs: Record<string, FieldRef | null>, facts: Record<string, string | null>) =>
    proposal.inferred && !(await existingFactIsStated(session, kind, refs, facts)) ? { inferred: true, inferenceNote: proposal.inferenceNote } : {};
  const f = corrections.facts;
  if (proposal.kind === 'ROLE_OBSERVATION') {
    const p = proposal.payload as RoleObservationPayload;
    const refs = { person: await ref('person', p.person, corrections.refs.person), organization: await ref('organization', p.organization, corrections.refs.organization), event: await ref('event', p.event, corrections.refs.event) };
    const facts = { title: f.title ?? p.title, titleAsWritten: f.titleAsWritten ?? p.titleAsWritten, observedAt: f.observedAt ?? p.observedAt };
    if (facts.observedAt === null) throw inputError('input.corrections.observedAt', 'is required: the article gives no date for this observation');
    const input = { ...refs, person: refs.person!, organization: refs.organization!, ...facts, ...(await inference('ROLE_OBSERVATION', refs, facts)), citation };
    return { work: prepareRoleObservation(input), written: { kind: 'node', label: 'RoleObservation' }, dependsOn, choiceId: null };
  }
  if (proposal.kind === 'PARTICIPATION') {
    const p = proposal.payload as ParticipationPayload;
    const refs = { person: await ref('person', p.person, corrections.refs.person), event: await ref('event', p.event, corrections.refs.event), bridgePointPlace: await ref('bridgePointPlace', p.bridgePointPlace, undefined) };
    const facts = { role: f.role ?? p.role, titleAtEvent: f.titleAtEvent ?? p.titleAtEvent, bridgePoint: p.bridgePoint };
    const given = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== null));
    const input = { ...refs, person: refs.person!, event: refs.event!, ...given, role: facts.role, ...(await inference('PARTICIPATION', refs, facts)), citation };
    return { work: prepareParticipation(input), written: { kind: 'relationship', type: 'PARTICIPATED_IN', fromLabel: 'Person', toLabel: 'Event' }, dependsOn, choiceId: null };
  }
  const p = proposal.payload as LinkPayload;
  const refs = { from: await ref('from', p.from, corrections.refs.from), to: await ref('to', p.to, corrections.refs.to), presentedBy: await ref('presentedBy', p.presentedBy, undefined) };
  const since = f.since ?? p.since;
  const input = { type: p.type, ...refs, from: refs.from!, to: refs.to!, ...(since !== null ? { since } : {}), ...(await inference('LINK', refs, { type: p.type })), citation };
  const written = { kind: 'relationship' as const, type: p.type, fromLabel: refs.from!.label, toLabel: refs.to!.label };
  return { work: prepareLink(input), written, dependsOn, choiceId: null };
}

/** What the transaction's changes say the acceptance did to the written fact. */
export function acceptanceResult(session: WriteSession, plan: AcceptPlan, sourceId: string): AcceptanceResult {
  const wantedKind = plan.written.kind;
  const wantedLabel = plan.written.kind === 'node' ? plan.written.label : plan.written.type;
  const change = [...session.changes].reverse().find((c) => c.kind === wantedKind && c.label === wantedLabel);
  if (!change) throw new Error(`the acceptance wrote no ${wantedLabel}`);
  const before = change.before as Record<string, unknown> | null;
  const after = change.after as Record<string, unknown>;
  const effect = before === null ? 'CREATED' : Array.isArray(before.sourceIds) && before.sourceIds.includes(sourceId) ? 'NONE' : 'CITED';
  if (plan.written.kind === 'node') return { target: { kind: 'node', label: change.label, id: change.id }, effect };
  const from = { label: plan.written.fromLabel, id: String(after._from) };
  const to = { label: plan.written.toLabel, id: String(after._to) };
  return { target: { kind: 'relationship', type: change.label, id: change.id, from, to, role: typeof after.role === 'string' ? after.role : null }, effect };
}
