import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { memoizedForSelection } from '../../api/graphql/selection-memo.js';
import { fieldsSelectedUnder } from '../../api/graphql/selection.js';

const schema = buildSchema(`
  type Place { id: ID! name: String kind: String }
  type Query { place(id: ID!): Place, places: [Place!]! }
`);

/** Runs `document` with a Place resolver that answers, through the memo, which fields are asked of it; counts the computations. */
function runner() {
  let computed = 0;
  const selected = (info: GraphQLResolveInfo) =>
    memoizedForSelection(info, 'fields', () => {
      computed += 1;
      return [...fieldsSelectedUnder(info, [])].sort().join(',');
    });
  const answers: string[] = [];
  const run = (document: DocumentNode, variableValues: Record<string, unknown> = {}) =>
    execute({
      schema,
      document,
      variableValues,
      rootValue: {
        place: (args: { id: string }, _context: unknown, info: GraphQLResolveInfo) => (answers.push(selected(info)), { id: args.id }),
        places: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => (answers.push(selected(info)), [{ id: 'a' }, { id: 'b' }]),
      },
    });
  return { run, answers, computed: () => computed };
}

describe('answers about a selection kept with its document', () => {
  it('works an answer out once for a document executed again, whatever its variables', async () => {
    const { run, answers, computed } = runner();
    const document = parse('query ($id: ID!) { place(id: $id) { id name } }');
    await run(document, { id: 'a' });
    await run(document, { id: 'b' });
    assert.deepEqual(answers, ['id,name', 'id,name']);
    assert.equal(computed(), 1);
  });

  it('works it out again for another document, even with the same text', async () => {
    const { run, answers, computed } = runner();
    await run(parse('{ place(id: "a") { id name } }'));
    await run(parse('{ place(id: "a") { id name } }'));
    await run(parse('{ place(id: "a") { id kind } }'));
    assert.deepEqual(answers, ['id,name', 'id,name', 'id,kind']);
    assert.equal(computed(), 3);
  });

  it('tells apart a field asked once from the same field merged with a second selection', async () => {
    const { run, answers, computed } = runner();
    const document = parse('query ($more: Boolean!) { place(id: "a") { id } place(id: "a") @include(if: $more) { name } }');
    await run(document, { more: false });
    await run(document, { more: true });
    await run(document, { more: false });
    assert.deepEqual(answers, ['id', 'id,name', 'id']);
    assert.equal(computed(), 2);
  });

  it('keeps apart the questions asked of one field by their key', async () => {
    const document = parse('{ places { id } }');
    const keys: string[] = [];
    await execute({
      schema,
      document,
      rootValue: {
        places: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          keys.push(memoizedForSelection(info, 'first', () => 'one'), memoizedForSelection(info, 'second', () => 'two'));
          return [];
        },
      },
    });
    assert.deepEqual(keys, ['one', 'two']);
  });
});
