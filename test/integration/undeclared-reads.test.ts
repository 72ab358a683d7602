// Every field of every object type reads of its row only what it declares
// (api/graphql/field-reads.ts): each resolver is called on rows holding only
// the properties it declared, wrapped in a proxy that records any other
// property it touches, whatever value the seed happens to hold there. Parents
// are the seed's nodes (and the same nodes with nothing but their id), then
// whatever the resolvers answer for them (roles, edges, payloads of
// relationships, …), walked through the schema until every type is reached.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { ApiContext } from '../../api/context.js';
import { NODE_LABELS, isNodeLabel } from '../../model/labels.js';
import type { NodeRow } from '../../api/db/mapping.js';
import { NodeRepository } from '../../api/db/node/node.repository.js';
import { createRepositories } from '../../api/db/repositories.js';
import { declaredReads } from '../../api/graphql/field-reads.js';
import type { AuditEntryRow, HistoryChangeParent, HistoryEntryParent, MergePreviewLinkParent, MergePreviewParent, PostNeighbourParent, ScopedEdgeParent } from '../../api/graphql/parent-rows.js';
import { buildSchema } from '../../api/graphql/schema.js';
import { createLoaders } from '../../api/loaders/index.js';
import { seededExecutor } from '../helpers/seeded.js';
import { decide } from '../../api/reconcile/index.js';
import type { StoredProposal } from '../../api/ingest/index.js';
import type { IngestArticlePayloadParent, ReviewQueueRow } from '../../api/graphql/parent-rows.js';

const schema = buildSchema();
const roots = new Set([schema.getQueryType()!.name, schema.getMutationType()!.name]);

// Not stored properties: every row has these (a node its label and id; a row a
// statement joined nodes to, `joined`; `then` is how a promise is told apart).
const ALWAYS_THERE = new Set(['label', 'joined', '__typename', 'then']);
// How many parents of each type the walk keeps: enough to meet every shape the seed has.
const PARENTS_PER_TYPE = 40;

/** A proposal as api/ingest stores it; the seed has none (they come from ingesting an article). */
const proposal = (id: string, fields: Partial<StoredProposal>): StoredProposal => ({
  id,
  fingerprint: id.replace('prp-', 'f'),
  sourceId: 'src-000-tong-ket-dvcq-2020',
  kind: 'ENTITY',
  position: 0,
  payload: { label: 'Person', name: 'Phạm Thiện Nghĩa', aliases: [], fields: {} },
  refs: [],
  evidence: [{ start: 0, end: 16, quote: 'Phạm Thiện Nghĩa' }],
  confidence: 0.9,
  inferred: false,
  inferenceNote: null,
  reconciliation: null,
  status: 'PENDING',
  proposedAt: '2025-07-01T09:00:00Z',
  reviewedAt: null,
  reviewerKeyId: null,
  reviewerAccountId: null,
  reviewerName: null,
  rejectReason: null,
  corrections: null,
  result: null,
  dependsOn: [],
  ...fields,
});
const PERSON_PROPOSAL = 'prp-0123456789abcdef01234567';

/** Parents no field of the read API leads to: the audit trail is only read from Query.auditLog, proposals from
 * Query.proposals and the review mutations, an ingestion's payload from ingestArticle, the review queue from Query.reviewQueue. */
const RECONCILED = decide({ key: 'k', label: 'Person', name: 'Pham Thien Nghia' }, [
  { id: 'per-pham-thien-nghia', label: 'Person', name: 'Phạm Thiện Nghĩa', aliases: [], organizations: [], places: [], period: null },
]);

const SAMPLES: Record<string, object[]> = {
  AuditEntry: [
    {
      id: '5b0e0cd4-7f43-4d7e-9a55-0d3b1f8f2c11',
      at: '2025-06-30T08:15:00Z',
      operation: 'createPerson',
      actorKeyId: 'key-1',
      actorName: 'Ban Dân vận',
      actorRole: 'editor',
      requestId: null,
      entityIds: ['per-a'],
      citedSourceIds: ['src-a'],
      changes: JSON.stringify([{ kind: 'node', label: 'Person', id: 'per-a', before: null, after: { name: 'A' } }]),
    } satisfies AuditEntryRow,
  ],
  // An entity's history is read from the audit trail too (Query.entityHistory), with the undo that undid each entry.
  HistoryEntry: [
    {
      id: '5b0e0cd4-7f43-4d7e-9a55-0d3b1f8f2c12',
      at: '2025-06-30T08:16:00Z',
      operation: 'link',
      actorKeyId: null,
      actorAccountId: 'acc-1',
      actorName: 'bdv-dong-thap',
      actorRole: 'editor',
      requestId: null,
      entityIds: ['mdl-hoi-quan', 'pl-dong-thap'],
      citedSourceIds: ['src-000-tong-ket-dvcq-2020'],
      changes: JSON.stringify([{ kind: 'relationship', label: 'ADOPTED_IN', id: 'adopted-in-x', before: null, after: { _from: 'mdl-hoi-quan', _to: 'pl-dong-thap', id: 'adopted-in-x' } }]),
      undoes: null,
      undoneBy: '5b0e0cd4-7f43-4d7e-9a55-0d3b1f8f2c13',
    } satisfies HistoryEntryParent,
  ],
  HistoryChange: [
    { kind: 'node', label: 'Person', id: 'per-pham-thien-nghia', before: { name: 'A' }, after: { name: 'B' } },
    { kind: 'relationship', label: 'ADOPTED_IN', id: 'adopted-in-x', before: null, after: { _from: 'mdl-hoi-quan', _to: 'pl-dong-thap', id: 'adopted-in-x' } },
  ] satisfies HistoryChangeParent[],
  // Reconciliation answers are built by the resolver from a query's arguments, not read from a node.
  Reconciliation: [RECONCILED],
  ReconciliationCandidate: RECONCILED.candidates,
  // Only Query.programs lists programs, and the walk starts below the root: an edge of a
  // place filter that follows succession, as the resolver builds it (place-scope-fields.ts).
  ProgramEdge: [
    {
      node: { label: 'Program', id: 'pr-dong-thap-bdv-bcsd-ubnd-2021-2026' },
      cursor: 'b2Zmc2V0OjA=',
      scope: { label: 'Program', place: 'pl-dong-thap-2025', contained: true },
    } satisfies ScopedEdgeParent,
  ],
  // The seed has no two holders of one post: a neighbour as Role.predecessor builds it (lineage.resolvers.ts).
  PostNeighbour: [
    {
      person: { label: 'Person', id: 'per-pham-thien-nghia' },
      observation: { label: 'RoleObservation', id: 'ro-000-pham-thien-nghia-bi-thu-bcsd-ubnd-tinh' },
      organizationId: 'org-ubnd-tinh-dong-thap',
    } satisfies PostNeighbourParent,
  ],
  // A merge preview is built by its resolver from api/write's plan, for two ids given as arguments.
  MergePreview: [
    {
      survivor: { label: 'Person', id: 'per-pham-thien-nghia' },
      merged: { label: 'Person', id: 'per-pham-thien-nghia' },
      moved: [],
      droppedLoops: [],
      droppedDuplicates: [],
      observationIds: ['ro-000-pham-thien-nghia-bi-thu-bcsd-ubnd-tinh'],
      aliasesAdded: ['Phạm T. Nghĩa'],
      sourceIdsAdded: ['src-000-tong-ket-dvcq-2020'],
      takenOver: [{ field: 'description', value: 'x' }],
      conflicts: [{ field: 'description', kept: 'x', dropped: 'y' }],
    } satisfies MergePreviewParent,
  ],
  MergePreviewLink: [
    { type: 'ADOPTED_IN', outgoing: true, other: { label: 'Place', id: 'pl-dong-thap' }, sourceIds: ['src-000-tong-ket-dvcq-2020'] } satisfies MergePreviewLinkParent,
  ],
  // Every kind and status, so that each field meets the shapes it branches on (entity or fact, pending, accepted, rejected).
  Proposal: [
    proposal(PERSON_PROPOSAL, {
      status: 'ACCEPTED',
      reconciliation: { decision: 'MATCHED', candidates: RECONCILED.candidates, choiceId: 'per-pham-thien-nghia', proposedChoiceId: 'per-pham-thien-nghia' },
      reviewedAt: '2025-07-01T10:00:00Z',
      reviewerName: 'Ban Dân vận',
      reviewerKeyId: 'key-1',
      result: { target: { kind: 'node', label: 'Person', id: 'per-pham-thien-nghia' }, effect: 'CITED' },
    }),
    proposal('prp-0123456789abcdef01234568', {
      kind: 'PARTICIPATION',
      position: 40,
      payload: { person: PERSON_PROPOSAL, event: 'prp-0123456789abcdef01234569', role: 'SPOKE', titleAtEvent: null, bridgePoint: null, bridgePointPlace: null },
      refs: [PERSON_PROPOSAL, 'prp-0123456789abcdef01234569'],
      status: 'ACCEPTED',
      reviewedAt: '2025-07-01T10:05:00Z',
      reviewerName: 'cli',
      result: {
        target: {
          kind: 'relationship',
          type: 'PARTICIPATED_IN',
          id: 'rel-sample',
          from: { label: 'Person', id: 'per-pham-thien-nghia' },
          to: { label: 'Event', id: 'ev-dong-thap-tong-ket-dvcq-2020' },
          role: 'SPOKE',
        },
        effect: 'CREATED',
      },
    }),
    proposal('prp-0123456789abcdef0123456a', {
      kind: 'ROLE_OBSERVATION',
      payload: { person: PERSON_PROPOSAL, organization: 'prp-0123456789abcdef0123456b', event: null, title: 'Trưởng ban', titleAsWritten: 'Trưởng ban', observedAt: '2020' },
      refs: [PERSON_PROPOSAL, 'prp-0123456789abcdef0123456b'],
      status: 'REJECTED',
      reviewedAt: '2025-07-01T10:10:00Z',
      // Reviewed by a person signed in to the explorer.
      reviewerName: 'bdv-dong-thap',
      reviewerAccountId: 'acc-1',
      rejectReason: 'Chức danh không đúng',
    }),
    proposal('prp-0123456789abcdef0123456c', {
      kind: 'ROLE_OBSERVATION',
      payload: { person: PERSON_PROPOSAL, organization: 'prp-0123456789abcdef0123456b', event: null, title: 'Phó ban', titleAsWritten: 'Phó ban', observedAt: '2020' },
      status: 'ACCEPTED',
      reviewedAt: '2025-07-01T10:15:00Z',
      reviewerName: 'cli',
      result: { target: { kind: 'node', label: 'RoleObservation', id: 'obs-sample' }, effect: 'CREATED' },
    }),
    proposal('prp-0123456789abcdef0123456d', {
      payload: { label: 'Organization', name: 'Ban Dân vận mới', aliases: [], fields: { kind: 'PARTY_BOARD' } },
      reconciliation: { decision: 'NEW', candidates: [], choiceId: null, proposedChoiceId: null },
    }),
  ],
  // The review queue is read from Query.reviewQueue alone: an article's counts as the repository answers them.
  ReviewQueueEntry: [
    { sourceId: 'src-000-tong-ket-dvcq-2020', takenInAt: '2025-07-01T09:00:00.000000000Z', total: 30, pending: 27, accepted: 2, rejected: 1 } satisfies ReviewQueueRow,
  ],
  IngestArticlePayload: [
    {
      sourceId: 'src-000-tong-ket-dvcq-2020',
      sourceCreated: false,
      proposed: [{ kind: 'ENTITY', count: 2 }],
      alreadyProposed: 5,
      matchedEntities: 1,
      ambiguousEntities: 0,
      newEntities: 1,
    } satisfies IngestArticlePayloadParent,
  ],
};

interface Touch {
  field: string;
  property: string;
}

/** The row as a field of `type` with `reads` sees it: only what it declared, every other property access recorded. */
function guardedRow(row: object, type: string, reads: readonly string[], touched: (property: string) => void): object {
  const allowed = new Set([...ALWAYS_THERE, ...reads, ...(isNodeLabel(type) ? ['id'] : [])]);
  const only = Object.fromEntries(Object.entries(row).filter(([key]) => allowed.has(key)));
  const check = (key: string | symbol) => {
    if (typeof key === 'string' && !allowed.has(key)) touched(key);
  };
  return new Proxy(only, {
    get(target, key, receiver) {
      check(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      check(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      touched('(all of its keys)');
      return Reflect.ownKeys(target);
    },
  });
}

/** Whether `value` is `row` or holds it (a field that hands its row on to another type's fields). */
function holds(value: unknown, row: object, depth = 3): boolean {
  if (value === row) return true;
  if (depth === 0 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => holds(v, row, depth - 1));
}

function infoFor(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): GraphQLResolveInfo {
  return {
    schema,
    fieldName: field.name,
    fieldNodes: [],
    returnType: field.type,
    parentType: type,
    path: { prev: undefined, key: field.name, typename: type.name },
    fragments: {},
    rootValue: undefined,
    operation: { kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet: { kind: Kind.SELECTION_SET, selections: [] } },
    variableValues: {},
  } as unknown as GraphQLResolveInfo;
}

// A value for each required argument's type, given as a request would (asOf's day).
const REQUIRED_SAMPLES: Record<string, string> = { Date: '2025-07-01' };

/** The field's arguments as a request that gives only the required ones gets them: the SDL's defaults, and a sample for each required one. */
function defaultArguments(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const given = required.map((arg) => {
    const sample = REQUIRED_SAMPLES[getNamedType(arg.type).name];
    if (sample === undefined) throw new Error(`no sample value for the required argument ${field.name}(${arg.name})`);
    return { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg.name }, value: { kind: Kind.STRING, value: sample } } as const;
  });
  return getArgumentValues(field, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: field.name }, arguments: given }, {});
}

describe('every resolver reads of its row only what it declares', () => {
  const executor = seededExecutor();

  it('on the seed’s nodes and on every object its resolvers lead to', async () => {
    const pools = new Map<string, object[]>();
    const add = (typeName: string, value: object) => {
      const pool = pools.get(typeName) ?? [];
      if (pool.length < PARENTS_PER_TYPE && !pool.includes(value)) pools.set(typeName, [...pool, value]);
    };
    // The seed's nodes, whole (without what a statement joined: symbol keys), and each with nothing but its id.
    for (const label of NODE_LABELS) {
      const ids = (await executor().read<{ id: string }>(`MATCH (n:${label}) RETURN n.id AS id ORDER BY n.id`)).map((r) => r.id);
      const rows = (await new NodeRepository(executor()).byIds(label, ids)).map((f) => Object.fromEntries(Object.entries(f.row)) as NodeRow);
      assert.ok(rows.length > 0, `the seed has no ${label}`);
      for (const row of rows.slice(0, PARENTS_PER_TYPE - 1)) add(label, row);
      add(label, { label, id: rows[0]!.id });
    }
    for (const [typeName, samples] of Object.entries(SAMPLES)) for (const sample of samples) add(typeName, sample);

    /** Puts the objects in `value` (of GraphQL type `type`) in their types' pools, through the fields GraphQL resolves by property. */
    const collect = (value: unknown, type: GraphQLNamedType, depth = 0): void => {
      if (value === null || value === undefined || depth > 4) return;
      if (Array.isArray(value)) return value.forEach((v) => collect(v, type, depth));
      if (typeof value !== 'object') return;
      const row = value as { __typename?: string; label?: string };
      const concrete = isAbstractType(type) ? schema.getType(row.__typename ?? row.label ?? '') : type;
      // Nodes come from the seed, whole: a loader's rows hold only what these requests read.
      if (!isObjectType(concrete) || isNodeLabel(concrete.name)) return;
      add(concrete.name, value);
      for (const field of Object.values(concrete.getFields())) {
        if (!field.resolve) collect((value as Record<string, unknown>)[field.name], getNamedType(field.type), depth + 1);
      }
    };

    const touches: Touch[] = [];
    const failures: string[] = [];
    const resolvedFields = new Map<string, number>();
    const done = new Map<string, number>();
    // Types are visited until no pool grows: a type reached late (an edge of a connection) is resolved then.
    for (let round = 0; round < 6; round++) {
      let progressed = false;
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || roots.has(type.name) || type.name.startsWith('__')) continue;
        const parents = pools.get(type.name) ?? [];
        const from = done.get(type.name) ?? 0;
        if (parents.length === from) continue;
        done.set(type.name, parents.length);
        progressed = true;
        // Fresh loaders per type: each field's loads go out together, as one level of a query.
        // An admin's key: the fields that show more to a larger role (an entry's actor) read all they may.
        const context = { loaders: createLoaders(createRepositories(executor())), viewer: { kind: 'key', keyId: 'key-walk', name: 'walk', role: 'admin' } } as unknown as ApiContext;
        const calls: Promise<void>[] = [];
        for (const field of Object.values(type.getFields())) {
          if (!field.resolve) continue;
          const reads = declaredReads(field);
          const args = defaultArguments(field);
          const info = infoFor(type, field);
          for (const parent of parents.slice(from)) {
            const name = `${type.name}.${field.name}`;
            const row = reads ? guardedRow(parent, type.name, reads, (property) => touches.push({ field: name, property })) : parent;
            calls.push(
              (async () => {
                try {
                  const value = await field.resolve!(row, args, context, info);
                  resolvedFields.set(name, (resolvedFields.get(name) ?? 0) + 1);
                  if (reads && holds(value, row)) touches.push({ field: name, property: '(the row itself, handed on)' });
                  collect(value, getNamedType(field.type));
                } catch (error) {
                  // A parent with nothing but its id may lack what a non-null field promises; a whole one may not.
                  if (Object.keys(parent).length > 2) failures.push(`${name}: ${(error as Error).message}`);
                }
              })(),
            );
          }
        }
        await Promise.all(calls);
      }
      if (!progressed) break;
    }

    const undeclared = [...new Set(touches.map((t) => `${t.field} reads ${t.property}`))].sort();
    assert.deepEqual(undeclared, [], 'fields that read what they did not declare');
    assert.deepEqual(failures, [], 'fields that failed on a whole row');
    // Every field with a resolver, of every object type but the roots, was resolved at least once.
    const unresolved = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !roots.has(t.name) && !t.name.startsWith('__'))
      .flatMap((t) => Object.values(t.getFields()).filter((f) => f.resolve).map((f) => `${t.name}.${f.name}`))
      .filter((name) => !resolvedFields.has(name));
    assert.deepEqual(unresolved, [], 'fields no parent reached: add a sample to SAMPLES');
  });

  it('catches a resolver that reads a property it did not declare', async () => {
    const touched: string[] = [];
    const row = guardedRow({ label: 'Event', id: 'ev-a', date: '2021-03-24', datePrecision: 'DAY' }, 'Event', ['date'], (p) => touched.push(p));
    // As Event.date would if it declared only `date`: its precision is read too.
    const precision = (row as Record<string, unknown>).datePrecision;
    assert.equal(precision, undefined, 'the row holds only what was declared');
    assert.deepEqual(touched, ['datePrecision']);
  });
});
