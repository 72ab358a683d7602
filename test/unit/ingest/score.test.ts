import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED_DIR } from '../../../api/paths.js';
import type { Extraction, ProposedEntity } from '../../../ingest/extract/types.js';
import { loadExpected, type ExpectedArticle } from '../../../ingest/score/expected.js';
import { recallPrecision, scoreArticle } from '../../../ingest/score/score.js';
import { Lexicon } from '../../../ingest/vocab/lexicon.js';
import { loadVocabulary } from '../../../ingest/vocab/load-vocabulary.js';

const lex = new Lexicon(loadVocabulary());
const canon = (t: string) => lex.canonical(t);

function entity(label: ProposedEntity['label'], name: string, fields: ProposedEntity['fields'] = {}, placeUnresolved = false): ProposedEntity {
  const e: ProposedEntity = { key: `${label}:${name}`, label, name, aliases: [], fields, mentions: [], evidence: [], confidence: 0.9, inferred: false };
  if (placeUnresolved) e.placeUnresolved = true;
  return e;
}

const base = { evidence: [], confidence: 0.9, inferred: false };
const ev = entity('Event', 'Hội nghị tổng kết công tác dân vận năm 2024 huyện Tân Phú', { kind: 'REVIEW_CONFERENCE', date: '2025-01-10' });
const extraction: Extraction = {
  article: { title: null, publisher: null, author: null, publishedAt: null, updatedAt: null, pageDate: null },
  text: '',
  entities: [
    entity('Person', 'Hà Văn Sơn'),
    entity('Person', 'Vi Thị Mến'),
    entity('Organization', 'UBND huyện Tân Phú'),
    entity('Organization', 'Ủy ban nhân dân tỉnh', {}, true),
    entity('Organization', 'Huyện ủy', {}, true),
    ev,
    entity('Event', 'Lễ ra quân', { kind: 'SIGNING', date: '2025-01-10' }),
    entity('Program', 'Chương trình phối hợp', { kind: 'COORDINATION_PROGRAM', startYear: 2025, endYear: 2030 }),
    entity('Model', 'Chợ nông sản an toàn'),
    entity('Place', 'Tân Phú'),
  ],
  roleObservations: [
    // Right: "UBND" expanded, folded.
    { ...base, person: 'Person:Hà Văn Sơn', organization: 'Organization:UBND huyện Tân Phú', title: 'chủ tịch', titleAsWritten: 'Chủ tịch UBND huyện', observedAt: '2025-01-10' },
    // Right only because the expected fact is inferred and the article named no province.
    { ...base, person: 'Person:Hà Văn Sơn', organization: 'Organization:Ủy ban nhân dân tỉnh', title: 'Ủy viên', titleAsWritten: 'Ủy viên UBND tỉnh', observedAt: '2025-01-10' },
    // Wrong: the expected fact is stated, so the place must be given.
    { ...base, person: 'Person:Vi Thị Mến', organization: 'Organization:Huyện ủy', title: 'Bí thư', titleAsWritten: 'Bí thư Huyện ủy', observedAt: '2025-01-10' },
    // Wrong: the date at another precision.
    { ...base, person: 'Person:Vi Thị Mến', organization: 'Organization:UBND huyện Tân Phú', title: 'Phó Chủ tịch', titleAsWritten: 'Phó Chủ tịch UBND huyện', observedAt: '2025' },
  ],
  participations: [
    { ...base, person: 'Person:Hà Văn Sơn', event: ev.key, role: 'CHAIRED' },
    { ...base, person: 'Person:Vi Thị Mến', event: ev.key, role: 'SPOKE' },
    { ...base, person: 'Person:Vi Thị Mến', event: 'Event:Lễ ra quân', role: 'ATTENDED' },
  ],
  links: [
    { ...base, type: 'PARTY_TO', from: 'Organization:UBND huyện Tân Phú', to: 'Program:Chương trình phối hợp' },
    { ...base, type: 'ADOPTED_IN', from: 'Model:Chợ nông sản an toàn', to: 'Place:Tân Phú' },
  ],
};

const expected: ExpectedArticle = {
  sourceId: 'src-x',
  file: 'x.txt',
  roles: [
    { person: { names: ['Hà Văn Sơn'] }, title: 'Chủ tịch', organization: { names: ['Ủy ban nhân dân huyện Tân Phú'], place: 'Tân Phú' }, date: '2025-01-10', inferred: false },
    { person: { names: ['Hà Văn Sơn'] }, title: 'Ủy viên', organization: { names: ['Ủy ban nhân dân tỉnh Đồng Nai'], place: 'Đồng Nai' }, date: '2025-01-10', inferred: true },
    { person: { names: ['Vi Thị Mến'] }, title: 'Bí thư', organization: { names: ['Huyện ủy Tân Phú'], place: 'Tân Phú' }, date: '2025-01-10', inferred: false },
    { person: { names: ['Vi Thị Mến'] }, title: 'Phó Chủ tịch', organization: { names: ['Ủy ban nhân dân huyện Tân Phú'], place: 'Tân Phú' }, date: '2025-01-10', inferred: false },
    { person: { names: ['Lục Văn Tú'] }, title: 'Chủ tịch', organization: { names: ['Ủy ban MTTQ Việt Nam huyện Tân Phú'], place: 'Tân Phú' }, date: '2025-01-10', inferred: false },
  ],
  participations: [
    { person: { names: ['Hà Văn Sơn'] }, event: 'ev-1', role: 'CHAIRED' },
    { person: { names: ['Vi Thi Men'] }, event: 'ev-1', role: 'SPOKE' },
  ],
  events: [{ id: 'ev-1', names: ['Hội nghị tổng kết công tác dân vận năm 2024 của huyện Tân Phú'], kind: 'REVIEW_CONFERENCE', date: '2025-01-10' }],
  programs: [{ program: { kind: 'COORDINATION_PROGRAM', startYear: 2025, endYear: 2030, names: ['Chương trình phối hợp 2025–2030'] }, party: { names: ['Ủy ban nhân dân huyện Tân Phú'], place: 'Tân Phú' }, inferred: false }],
  models: [
    { model: { names: ['Chợ nông sản an toàn'] }, place: { names: ['Tân Phú'] } },
    { model: { names: ['Hội quán'] }, place: null },
  ],
};

describe('the scorer', () => {
  const s = scoreArticle(extraction, expected, canon);

  it('matches roles by folded names with abbreviations expanded, and penalises a wrong place or precision', () => {
    assert.deepEqual([s.roles.truePositives, s.roles.falsePositives, s.roles.falseNegatives], [2, 2, 3]);
    assert.deepEqual(s.roles.wrong, ['Vi Thị Mến | Bí thư | Huyện ủy | 2025-01-10', 'Vi Thị Mến | Phó Chủ tịch | UBND huyện Tân Phú | 2025']);
    assert.deepEqual(recallPrecision(s.roles), { recall: 0.4, precision: 0.5 });
  });

  it('matches an event by kind, date and name words, and counts an extra event against precision', () => {
    assert.deepEqual([s.events.truePositives, s.events.falsePositives, s.events.falseNegatives], [1, 1, 0]);
    assert.deepEqual(recallPrecision(s.events), { recall: 1, precision: 0.5 });
  });

  it('matches participations through the matched event only', () => {
    assert.deepEqual([s.participations.truePositives, s.participations.falsePositives, s.participations.falseNegatives], [2, 1, 0]);
    assert.deepEqual(s.participations.wrong, ['Vi Thị Mến | ATTENDED']);
  });

  it('scores programs per party and models per place', () => {
    assert.deepEqual([s.programs.truePositives, s.programs.falsePositives, s.programs.falseNegatives], [1, 0, 0]);
    assert.deepEqual([s.models.truePositives, s.models.falsePositives, s.models.falseNegatives], [1, 0, 1]);
    assert.deepEqual(s.models.missed, ['Hội quán | –']);
  });

  it('reports no figure rather than a perfect one when there is nothing to score', () => {
    assert.deepEqual(recallPrecision({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }), { recall: null, precision: null });
  });
});

describe('the expected facts of the seed', () => {
  const set = loadExpected(SEED_DIR);
  it('are read per article file, with the places of organisations for "tỉnh" left open', () => {
    const a = set.articles.get('001_244ef3244850cb36.txt')!;
    assert.deepEqual(a.roles, [
      { person: { names: ['Nguyễn Tôn Hoàng'] }, title: 'Phó Bí thư Thường trực', organization: { names: ['Tỉnh ủy Đồng Tháp', 'Tỉnh uỷ Đồng Tháp'], place: 'Đồng Tháp' }, date: '2020', inferred: false },
    ]);
    const totals = [...set.articles.values()].reduce((t, x) => t.map((n, i) => n + [x.roles, x.participations, x.events, x.programs, x.models][i]!.length), [0, 0, 0, 0, 0]);
    // Programs: 17 since the seed's audit gave the 2021–2026 program its two district parties (issue 20).
    assert.deepEqual(totals, [27, 21, 6, 17, 2]);
  });
});
