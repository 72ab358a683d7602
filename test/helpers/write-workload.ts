import type { Executor } from '../../api/db/executor.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { derivedRelationshipIds } from '../../model/rows.js';
import { readAuditTrail } from './graph-invariants.js';

/**
 * Mutations for fault tests, each of which writes several things in one
 * transaction, and a probe per mutation that tells, from the database alone,
 * whether it happened whole, did not happen at all, or (the bug the tests look
 * for) happened in part. Every id carries `zz-flt` and the caller's tag, so a
 * retry of an op is the same request.
 */
export type AuditTrail = Awaited<ReturnType<typeof readAuditTrail>>['entries'];

/** One part of what an op writes: as before the op, as after it, or neither. */
export type PartState = 'before' | 'after' | 'broken';

export interface Probe {
  parts: Record<string, PartState>;
  /** Audit entries that record this op's own change (exactly one once it happened, however often it was retried). */
  entries: number;
}

/** A mutation as a client sends it, with the role of the key it needs. */
export interface MutationRequest {
  name: string;
  role: 'editor' | 'admin';
  query: string;
  variables: Record<string, unknown>;
}

/** A mutation whose effect the database can be asked about. */
export interface WriteOp extends MutationRequest {
  probe(executor: Executor, trail: AuditTrail): Promise<Probe>;
}

/** `applied`: every part written and one audit entry; `absent`: nothing written, no entry; anything else is a partial write. */
export function verdict(probe: Probe): 'applied' | 'absent' | string {
  const states = Object.values(probe.parts);
  if (states.every((s) => s === 'after') && probe.entries === 1) return 'applied';
  if (states.every((s) => s === 'before') && probe.entries === 0) return 'absent';
  return `partial: ${JSON.stringify(probe)}`;
}

/** Stored ids of the entities every op refers to. */
export interface Fixtures {
  source: string;
  person: string;
  organization: string;
  event: string;
}

export const FIXTURES: Fixtures = { source: 'src-zz-flt-base', person: 'per-zz-flt-base', organization: 'org-zz-flt-base', event: 'ev-zz-flt-base' };

const gid = (label: string, id: string) => toGlobalId(label, id);
const citeBase = { sources: [gid('Source', FIXTURES.source)] };
const one = (count: number): PartState => (count === 1 ? 'after' : count === 0 ? 'before' : 'broken');
const created = (trail: AuditTrail, kind: string, label: string, id: string) =>
  trail.filter((e) => e.changes.some((c) => c.kind === kind && c.label === label && c.id === id && c.before === null && c.after !== null));
/** The one entry that created `primary` also records the creation of each of `others`. */
const entryCreatesAll = (trail: AuditTrail, primary: [string, string, string], others: [string, string, string][]): PartState => {
  const entries = created(trail, ...primary);
  if (entries.length !== 1) return entries.length === 0 ? 'before' : 'broken';
  return others.every(([kind, label, id]) => created([entries[0]!], kind, label, id).length === 1) ? 'after' : 'broken';
};

const mutation = (name: string, input: string, selection: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${selection} } }`;

/** The entities the ops refer to, created through the API like everything else in the database. */
export function fixtureRequests(): MutationRequest[] {
  const entity = (kind: string, id: string, input: Record<string, unknown>): MutationRequest => ({
    name: `create${kind} ${id}`,
    role: 'editor',
    query: mutation(`create${kind}`, `Create${kind}Input`, 'created'),
    variables: { input: { slug: id, ...input } },
  });
  return [
    entity('Source', FIXTURES.source, { title: 'Zz Flt bài báo gốc', kind: 'ARTICLE', publishedAt: '2023-01-02' }),
    entity('Person', FIXTURES.person, { name: 'Zz Flt Nguyễn Văn Gốc', ...citeBase }),
    entity('Organization', FIXTURES.organization, { name: 'Zz Flt Ban Dân vận', kind: 'PARTY_BOARD', level: 'PROVINCE', line: 'PARTY', ...citeBase }),
    entity('Event', FIXTURES.event, { name: 'Zz Flt Hội nghị', kind: 'BRIEFING', date: '2023-01-02', ...citeBase }),
  ];
}

/** A model with two aliases, citing the base source and a new one created in the same transaction. */
export function createModelOp(tag: string): WriteOp {
  const model = `mdl-zz-flt-${tag}`;
  const source = `src-zz-flt-${tag}`;
  return {
    name: `createModel ${tag}`,
    role: 'editor',
    query: mutation('createModel', 'CreateModelInput', 'created entity { id }'),
    variables: {
      input: {
        slug: model,
        name: `Zz Flt mô hình ${tag}`,
        category: 'Dân vận khéo',
        aliases: [`Zz Flt MH ${tag}`, `Zz Flt HQ ${tag}`],
        ...citeBase,
        newSources: [{ slug: source, title: `Zz Flt bài báo ${tag}`, kind: 'ARTICLE', publishedAt: '2023-05-06' }],
      },
    },
    async probe(executor, trail) {
      const [row] = await executor.read<{ models: number; sources: number; cited: string[] | null; aliases: string[] | null }>(
        `OPTIONAL MATCH (m:Model {id: $model})
RETURN COUNT { (:Model {id: $model}) } AS models, COUNT { (:Source {id: $source}) } AS sources, m.sourceIds AS cited, m.aliases AS aliases`,
        { model, source },
      );
      const whole = [FIXTURES.source, source].every((s) => row!.cited?.includes(s)) && row!.aliases?.length === 2;
      return {
        parts: {
          model: one(row!.models),
          source: one(row!.sources),
          cites: row!.models === 0 ? 'before' : whole ? 'after' : 'broken',
          trail: entryCreatesAll(trail, ['node', 'Model', model], [['node', 'Source', source]]),
        },
        entries: created(trail, 'node', 'Model', model).length,
      };
    },
  };
}

/** A role observation of the base person in the base organisation, with its HAS_ROLE and IN_ORGANIZATION and a new source. */
export function recordRoleObservationOp(tag: string): WriteOp {
  const observation = `ro-zz-flt-${tag}`;
  const source = `src-zz-flt-ro-${tag}`;
  const rels = derivedRelationshipIds(observation);
  return {
    name: `recordRoleObservation ${tag}`,
    role: 'editor',
    query: mutation('recordRoleObservation', 'RecordRoleObservationInput', 'created observation { id }'),
    variables: {
      input: {
        slug: observation,
        person: gid('Person', FIXTURES.person),
        organization: gid('Organization', FIXTURES.organization),
        title: `Zz Flt chức vụ ${tag}`,
        observedAt: '2022-03',
        newSources: [{ slug: source, title: `Zz Flt bài báo chức vụ ${tag}`, kind: 'ARTICLE' }],
      },
    },
    async probe(executor, trail) {
      const [row] = await executor.read<{ observations: number; hasRole: number; inOrganization: number; sources: number }>(
        `RETURN COUNT { (:RoleObservation {id: $observation}) } AS observations,
  COUNT { (:Person {id: $person})-[:HAS_ROLE {id: $hasRole}]->(:RoleObservation {id: $observation}) } AS hasRole,
  COUNT { (:RoleObservation {id: $observation})-[:IN_ORGANIZATION {id: $inOrganization}]->(:Organization {id: $organization}) } AS inOrganization,
  COUNT { (:Source {id: $source}) } AS sources`,
        { observation, source, person: FIXTURES.person, organization: FIXTURES.organization, hasRole: rels.HAS_ROLE, inOrganization: rels.IN_ORGANIZATION },
      );
      return {
        parts: {
          observation: one(row!.observations),
          hasRole: one(row!.hasRole),
          inOrganization: one(row!.inOrganization),
          source: one(row!.sources),
          trail: entryCreatesAll(trail, ['node', 'RoleObservation', observation], [
            ['relationship', 'HAS_ROLE', rels.HAS_ROLE],
            ['relationship', 'IN_ORGANIZATION', rels.IN_ORGANIZATION],
            ['node', 'Source', source],
          ]),
        },
        entries: created(trail, 'node', 'RoleObservation', observation).length,
      };
    },
  };
}

/** Adds one alias to the base person: a read-modify-write of a node every such op changes. */
export function addAliasOp(tag: string): WriteOp {
  const alias = `Zz Flt bí danh ${tag}`;
  const aliasesOf = (side: unknown) => ((side as { aliases?: string[] } | null)?.aliases ?? []);
  return {
    name: `updatePerson ${tag}`,
    role: 'editor',
    query: mutation('updatePerson', 'UpdatePersonInput', 'entity { id }'),
    variables: { input: { id: gid('Person', FIXTURES.person), addAliases: [alias], ...citeBase } },
    async probe(executor, trail) {
      const [row] = await executor.read<{ aliases: string[] }>('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases', { id: FIXTURES.person });
      const entries = trail.filter((e) =>
        e.changes.some((c) => c.kind === 'node' && c.label === 'Person' && c.id === FIXTURES.person && !aliasesOf(c.before).includes(alias) && aliasesOf(c.after).includes(alias)),
      );
      return { parts: { alias: one(row!.aliases.filter((a) => a === alias).length) }, entries: entries.length };
    },
  };
}

/** A survivor and a person to merge into it, the latter with three role observations and a participation; `setup` in two phases (people, then their facts). */
export function mergePair(tag: string): { setup: [people: MutationRequest[], facts: MutationRequest[]]; merge: WriteOp } {
  const survivor = `per-zz-flt-${tag}-s`;
  const merged = `per-zz-flt-${tag}-m`;
  const mergedName = `Zz Flt Trần Thị ${tag}`;
  const observations = [1, 2, 3].map((i) => `ro-zz-flt-${tag}-${i}`);
  const participation = `pa-zz-flt-${tag}`;
  const setupOp = (name: string, input: string, variables: Record<string, unknown>): MutationRequest => ({
    name: `${name} ${tag}`,
    role: 'editor',
    query: mutation(name, input, '__typename'),
    variables: { input: { ...variables, ...citeBase } },
  });
  const people = [
    setupOp('createPerson', 'CreatePersonInput', { slug: survivor, name: `Zz Flt Trần Thị ${tag} gốc` }),
    setupOp('createPerson', 'CreatePersonInput', { slug: merged, name: mergedName }),
  ];
  const facts = [
    ...observations.map((slug, i) =>
      setupOp('recordRoleObservation', 'RecordRoleObservationInput', { slug, person: gid('Person', merged), organization: gid('Organization', FIXTURES.organization), title: `Zz Flt chức vụ ${i}`, observedAt: `202${i}` }),
    ),
    setupOp('recordParticipation', 'RecordParticipationInput', { slug: participation, person: gid('Person', merged), event: gid('Event', FIXTURES.event), role: 'SPOKE' }),
  ];
  const setup: [MutationRequest[], MutationRequest[]] = [people, facts];
  const merge: WriteOp = {
    name: `mergeEntities ${tag}`,
    role: 'admin',
    query: mutation('mergeEntities', 'MergeEntitiesInput', 'mergedSlug movedRelationships'),
    variables: { input: { survivor: gid('Person', survivor), merged: gid('Person', merged), ...citeBase } },
    async probe(executor, trail): Promise<Probe> {
      const [row] = await executor.read<{ mergedNodes: number; redirected: boolean; aliased: boolean; rolesAtSurvivor: number; rolesAtMerged: number; participation: string | null }>(
        `MATCH (s:Person {id: $survivor})
RETURN COUNT { (:Person {id: $merged}) } AS mergedNodes, $merged IN coalesce(s.mergedIds, []) AS redirected, $mergedName IN s.aliases AS aliased,
  COUNT { (s)-[:HAS_ROLE]->(ro:RoleObservation) WHERE ro.id IN $observations } AS rolesAtSurvivor,
  COUNT { (:Person {id: $merged})-[:HAS_ROLE]->(ro:RoleObservation) WHERE ro.id IN $observations } AS rolesAtMerged,
  head([(p:Person)-[:PARTICIPATED_IN {id: $participation}]->(:Event) | p.id]) AS participation`,
        { survivor, merged, mergedName, observations, participation },
      );
      if (!row) return { parts: { survivor: 'broken' }, entries: -1 };
      const side = (atSurvivor: boolean, atMerged: boolean): PartState => (atSurvivor && !atMerged ? 'after' : !atSurvivor && atMerged ? 'before' : 'broken');
      const entries = trail.filter((e) => e.operation === 'mergeEntities' && e.changes.some((c) => c.kind === 'node' && c.id === merged && c.after === null));
      return {
        parts: {
          merged: row.mergedNodes === 0 ? 'after' : 'before',
          redirect: row.redirected ? 'after' : 'before',
          alias: row.aliased ? 'after' : 'before',
          roles: side(row.rolesAtSurvivor === 3, row.rolesAtMerged === 3),
          participation: side(row.participation === survivor, row.participation === merged),
        },
        entries: entries.length,
      };
    },
  };
  return { setup, merge };
}
