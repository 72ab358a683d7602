// The SDL in schema/*.graphql against the public contract (the repository's
// copy, contract/operations.graphql): every contract operation must
// validate, and every type, field, argument and enum value must be described.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../../api/graphql/load-schema.js';
import { CONTRACT_FILE, SEED_DIR } from '../../api/paths.js';

const contractPath = CONTRACT_FILE;

function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolverValidationOptions: { requireResolversToMatchSchema: 'ignore' },
  });
}

/** An operation together with the fragments it uses, transitively, as a document of its own. */
function operationDocument(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): DocumentNode {
  const used = new Set<string>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    const definition = pending.pop()!;
    visit(definition, {
      FragmentSpread(node) {
        const name = node.name.value;
        const fragment = fragments.get(name);
        if (!used.has(name) && fragment) {
          used.add(name);
          pending.push(fragment);
        }
      },
    });
  }
  return {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...[...used].map((name) => fragments.get(name)!)],
  };
}

const schema = buildSchema();
const contract = parse(readFileSync(contractPath, 'utf8'));
const operations = contract.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const fragments = new Map(
  contract.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);

describe('the contract operations validate against the schema', () => {
  test('the contract holds named operations', () => {
    assert.ok(operations.length > 0, `no operations in ${contractPath}`);
    const unnamed = operations.filter((op) => !op.name);
    assert.equal(unnamed.length, 0, 'every contract operation has a name');
  });

  test('the contract as a whole validates', () => {
    assert.deepEqual(validate(schema, contract).map((e) => e.message), []);
  });

  for (const operation of operations) {
    const name = operation.name?.value ?? '(anonymous)';
    test(name, () => {
      const errors = validate(schema, operationDocument(operation, fragments));
      assert.deepEqual(
        errors.map((e) => e.message),
        [],
        `${name} does not validate against schema/*.graphql`,
      );
    });
  }
});

describe('the schema documents itself', () => {
  const ownTypes = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith('__'),
  );

  test('every type has a description', () => {
    const missing = ownTypes.filter((type) => !type.description?.trim()).map((type) => type.name);
    assert.deepEqual(missing, []);
  });

  test('every field, input field and argument has a description', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every enum value has a description', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!isEnumType(type)) continue;
      for (const value of type.getValues()) {
        if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});

describe('the schema follows the graph model', () => {
  // The seed's JSON schemas are the one list of the values the graph stores;
  // resolvers pass stored values through, so every enum must match them exactly.
  const entities = JSON.parse(readFileSync(path.join(SEED_DIR, 'schema', 'entities.schema.json'), 'utf8'));
  const facts = JSON.parse(readFileSync(path.join(SEED_DIR, 'schema', 'facts.schema.json'), 'utf8'));
  const storedEnum = (schemaJson: { $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> }, def: string, property: string): string[] => {
    const values = schemaJson.$defs[def]?.properties[property]?.enum;
    assert.ok(values, `the seed schema enumerates ${def}.${property}`);
    return values;
  };
  const storedValues: Record<string, () => string[]> = {
    EventKind: () => storedEnum(entities, 'Event', 'kind'),
    ParticipationRole: () => storedEnum(facts, 'participation', 'role'),
    OrganizationLevel: () => storedEnum(entities, 'Organization', 'level'),
    OrganizationLine: () => storedEnum(entities, 'Organization', 'line'),
    OrganizationKind: () => storedEnum(entities, 'Organization', 'kind'),
    PlaceKind: () => storedEnum(entities, 'Place', 'kind'),
    ProgramKind: () => storedEnum(entities, 'Program', 'kind'),
    CampaignKind: () => storedEnum(entities, 'Campaign', 'kind'),
    DocumentKind: () => storedEnum(entities, 'Document', 'kind'),
    SourceKind: () => storedEnum(entities, 'Source', 'kind'),
    SuccessionKind: () => facts.$defs.successionKind.enum,
    DatePrecision: () => ['YEAR', 'MONTH', 'DAY'],
  };

  for (const [enumName, expected] of Object.entries(storedValues)) {
    test(`${enumName} has the stored values`, () => {
      const type = schema.getType(enumName);
      assert.ok(isEnumType(type), `${enumName} is an enum`);
      assert.deepEqual(type.getValues().map((v) => v.name).sort(), [...expected()].sort());
    });
  }

  test('EntityKind names exactly the types that implement Entity', () => {
    const entity = schema.getType('Entity');
    assert.ok(isInterfaceType(entity), 'Entity is an interface');
    const implementations = schema.getPossibleTypes(entity).map((t) => t.name.toUpperCase()).sort();
    const kinds = schema.getType('EntityKind');
    assert.ok(isEnumType(kinds), 'EntityKind is an enum');
    assert.deepEqual(kinds.getValues().map((v) => v.name).sort(), implementations);
    assert.deepEqual(implementations, [
      'AWARD', 'CAMPAIGN', 'DOCUMENT', 'EVENT', 'MODEL', 'ORGANIZATION', 'PERSON', 'PLACE', 'PROGRAM', 'SOURCE',
    ]);
  });

  test('every kind of entity can be created and updated', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    const kinds = ['Person', 'Organization', 'Event', 'Program', 'Model', 'Campaign', 'Document', 'Award', 'Place', 'Source'];
    const missing = kinds.flatMap((k) => [`create${k}`, `update${k}`]).filter((m) => !mutations.includes(m));
    assert.deepEqual(missing, []);
    for (const m of ['recordRoleObservation', 'recordParticipation', 'link', 'unlink', 'attachSources', 'mergeEntities', 'deleteEntity']) {
      assert.ok(mutations.includes(m), `Mutation.${m}`);
    }
  });
});
