import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededApi } from '../helpers/seeded-api.js';

const RECONCILE = `query Reconcile($mentions: [MentionInput!]!) {
  reconcile(mentions: $mentions) {
    key name decision
    candidates { score match entity { __typename name } reasons { code detail } }
  }
}`;

interface Answer {
  key: string | null;
  name: string;
  decision: string;
  candidates: Array<{ score: number; match: boolean; entity: { __typename: string; name: string }; reasons: Array<{ code: string; detail: string }> }>;
}

describe('reconcile (integration)', () => {
  const api = seededApi();
  const reconcile = async (mentions: unknown[]) => (await api.data<{ reconcile: Answer[] }>(RECONCILE, { mentions })).reconcile;

  it('matches a person named without diacritics, with a typo, or through an alias, and says NEW for a stranger', async () => {
    const answers = await reconcile([
      { key: 'r1', kind: 'PERSON', name: 'pham thien nghia' },
      { key: 'r2', kind: 'PERSON', name: 'Phạm Thiện Nhĩa' },
      { key: 'r3', kind: 'ORGANIZATION', name: 'Ban Dân vân Tỉnh ủy' },
      { key: 'r4', kind: 'PERSON', name: 'Đặng Quốc Khánh Vũ' },
    ]);
    assert.deepEqual(
      answers.map((a) => [a.key, a.decision, a.candidates.map((c) => [c.entity.name, c.match, c.reasons.map((r) => r.code)])]),
      [
        ['r1', 'MATCHED', [['Phạm Thiện Nghĩa', true, ['SAME_FOLDED_NAME']]]],
        ['r2', 'MATCHED', [['Phạm Thiện Nghĩa', true, ['TYPO_VARIANT']]]],
        ['r3', 'MATCHED', [['Ban Dân vận Tỉnh ủy Đồng Tháp', true, ['KNOWN_ALIAS']]]],
        ['r4', 'NEW', []],
      ],
    );
  });

  it('adds the organisation and the date a person held a title there', async () => {
    const [answer] = await reconcile([{ kind: 'PERSON', name: 'Lê Thành Công', organizations: ['Ban Dân vận Tỉnh ủy Đồng Tháp'], date: '2021-03' }]);
    assert.deepEqual(answer!.candidates.map((c) => [c.entity.name, c.score, c.match, c.reasons.map((r) => r.code)]), [
      ['Lê Thành Công', 1, true, ['SAME_NAME', 'SAME_ORGANIZATION', 'OVERLAPPING_DATES']],
    ]);
  });

  it('tells the two Đồng Tháp provinces apart by the date, and asks without one', async () => {
    const answers = await reconcile([
      { kind: 'PLACE', name: 'Đồng Tháp', date: '2021-03-24' },
      { kind: 'PLACE', name: 'Dong Thap', date: '2025-08' },
      { kind: 'PLACE', name: 'Đồng Tháp' },
    ]);
    const periods = (a: Answer) => a.candidates.map((c) => [c.match, c.reasons.map((r) => r.code)]);
    assert.deepEqual(answers.map((a) => a.decision), ['MATCHED', 'MATCHED', 'AMBIGUOUS']);
    assert.deepEqual(periods(answers[0]!), [
      [true, ['SAME_NAME', 'VALID_AT_DATE']],
      [false, ['SAME_NAME', 'CONTEXT_DISAGREES']],
    ]);
    assert.deepEqual(periods(answers[1]!), [
      [true, ['SAME_FOLDED_NAME', 'VALID_AT_DATE']],
      [false, ['SAME_FOLDED_NAME', 'CONTEXT_DISAGREES']],
    ]);
    assert.deepEqual(periods(answers[2]!), [
      [false, ['SAME_NAME']],
      [false, ['SAME_NAME']],
    ]);
  });

  it('refuses more than 100 mentions, a blank name and a date that is not one, as the client’s error', async () => {
    const many = Array.from({ length: 101 }, () => ({ kind: 'PERSON', name: 'x' }));
    for (const [mentions, field] of [
      [many, 'mentions'],
      [[{ kind: 'PERSON', name: '  ' }], 'mentions[0].name'],
      [[{ kind: 'PLACE', name: 'Huế', date: '2021-02-30' }], 'mentions[0].date'],
      [[{ kind: 'PLACE', name: 'x'.repeat(201) }], 'mentions[0].name'],
    ] as const) {
      const { body } = await api.graphql(RECONCILE, { mentions });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(body.errors));
      assert.equal(body.errors?.[0]?.extensions?.field, field);
    }
  });

  it('treats Lucene syntax in a name as text', async () => {
    const answers = await reconcile([{ kind: 'PERSON', name: 'Nghĩa" OR *:* ~ (' }, { kind: 'PERSON', name: '*' }]);
    assert.deepEqual(answers.map((a) => a.decision), ['NEW', 'NEW']);
  });
});
