import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Extraction } from '../../../ingest/extract/types.js';
import { draftsOf, fingerprintOf, mentionsOf, proposalIdOf } from '../../../api/ingest/proposal-drafts.js';
import type { MentionReconciliation } from '../../../api/reconcile/index.js';

// An extraction as the extractor's contract shapes it, for an invented article:
// "Ngày 2/4/2024, Ban Dân vận Huyện ủy X tổ chức hội nghị … Bà Võ Thị Lan – Trưởng Ban Dân vận Huyện ủy chủ trì."
const TEXT = 'Ngày 2/4/2024, Ban Dân vận Huyện ủy X tổ chức hội nghị giao ban. Bà Võ Thị Lan – Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị tại UBND xã Y.';
const at = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  assert.ok(start >= 0, quote);
  return { start, end: start + quote.length, quote };
};
const evidence = (quote: string) => [at(quote)];

function extraction(): Extraction {
  return {
    article: { title: 'Giao ban', publisher: null, author: null, publishedAt: '2024-04-03', updatedAt: null, pageDate: null },
    text: TEXT,
    entities: [
      { key: 'Event:hoi nghi giao ban', label: 'Event', name: 'Hội nghị giao ban', aliases: ['hội nghị', 'Giao ban quý I', 'HN'], fields: { kind: 'BRIEFING', date: '2024-04-02' }, mentions: [], evidence: evidence('hội nghị giao ban'), confidence: 0.85, inferred: false },
      { key: 'Person:vo thi lan', label: 'Person', name: 'Võ Thị Lan', aliases: [], fields: {}, mentions: [{ label: 'Person', text: 'Võ Thị Lan', folded: 'vo thi lan', ...at('Võ Thị Lan') }], evidence: [], confidence: 0.9, inferred: false },
      { key: 'Organization:ban dan van huyen uy x', label: 'Organization', name: 'Ban Dân vận Huyện ủy X', aliases: [], fields: { kind: 'PARTY_BOARD', line: 'PARTY', level: null }, mentions: [], evidence: evidence('Ban Dân vận Huyện ủy X'), confidence: 0.9, inferred: false },
      { key: 'Place:y', label: 'Place', name: 'Y', aliases: [], fields: { kind: 'COMMUNE' }, mentions: [], evidence: [], confidence: 0.8, inferred: false },
      { key: 'Model:to tu quan', label: 'Model', name: 'Tổ tự quản', aliases: [], fields: { category: null }, mentions: [], evidence: evidence('hội nghị'), confidence: 0.8, inferred: false },
    ],
    roleObservations: [
      { person: 'Person:vo thi lan', organization: 'Organization:ban dan van huyen uy x', event: 'Event:hoi nghi giao ban', title: 'Trưởng Ban', titleAsWritten: 'Trưởng Ban Dân vận Huyện ủy', observedAt: '2024-04-02', evidence: evidence('Bà Võ Thị Lan – Trưởng Ban Dân vận Huyện ủy'), confidence: 0.9, inferred: false },
      { person: 'Person:nobody', organization: 'Organization:ban dan van huyen uy x', title: 'Phó Ban', titleAsWritten: 'Phó Ban', observedAt: null, evidence: [], confidence: 0.5, inferred: false },
    ],
    participations: [
      { person: 'Person:vo thi lan', event: 'Event:hoi nghi giao ban', role: 'CHAIRED', titleAtEvent: 'Trưởng Ban Dân vận Huyện ủy', evidence: evidence('Bà Võ Thị Lan – Trưởng Ban Dân vận Huyện ủy chủ trì'), confidence: 0.85, inferred: false },
      { person: 'Person:vo thi lan', event: 'Event:hoi nghi giao ban', role: 'CHAIRED', evidence: [at('chủ trì hội nghị')], confidence: 0.7, inferred: false },
    ],
    links: [
      { type: 'ORGANIZED', from: 'Organization:ban dan van huyen uy x', to: 'Event:hoi nghi giao ban', evidence: evidence('Ban Dân vận Huyện ủy X tổ chức'), confidence: 0.85, inferred: false },
      { type: 'HELD_IN', from: 'Event:hoi nghi giao ban', to: 'Place:y', evidence: evidence('tại UBND xã Y'), confidence: 0.6, inferred: true, inferenceNote: 'the venue is the commune committee' },
    ],
  };
}

const none = new Map<string, MentionReconciliation>();

describe('proposal drafts', () => {
  it('fingerprints each fact by its source, kind and canonical fields: the same article gives the same ids, another source others', () => {
    const a = draftsOf(extraction(), 'src-a', none);
    const again = draftsOf(extraction(), 'src-a', none);
    const other = draftsOf(extraction(), 'src-b', none);
    assert.deepEqual(again.map((d) => d.id), a.map((d) => d.id));
    assert.equal(a.filter((d) => other.some((o) => o.id === d.id)).length, 0);
    const role = a.find((d) => d.kind === 'ROLE_OBSERVATION')!;
    const fingerprint = fingerprintOf('src-a', 'ROLE_OBSERVATION', ['Person:vo thi lan', 'Organization:ban dan van huyen uy x', 'Event:hoi nghi giao ban', 'Trưởng Ban', '2024-04-02']);
    assert.deepEqual([role.fingerprint, role.id], [fingerprint, proposalIdOf(fingerprint)]);
    assert.match(role.id, /^prp-[0-9a-f]{24}$/);
  });

  it('names entities by the ids of their proposals, drops a fact naming none, and makes two statements of one fact one proposal', () => {
    const drafts = draftsOf(extraction(), 'src-a', none);
    const id = (name: string) => drafts.find((d) => d.kind === 'ENTITY' && (d.payload as { name: string }).name === name)!.id;
    assert.deepEqual(
      drafts.filter((d) => d.kind !== 'ENTITY').map((d) => [d.kind, d.payload, d.refs]),
      [
        ['LINK', { type: 'ORGANIZED', from: id('Ban Dân vận Huyện ủy X'), to: id('Hội nghị giao ban'), since: null, presentedBy: null }, [id('Ban Dân vận Huyện ủy X'), id('Hội nghị giao ban')]],
        [
          'ROLE_OBSERVATION',
          { person: id('Võ Thị Lan'), organization: id('Ban Dân vận Huyện ủy X'), event: id('Hội nghị giao ban'), title: 'Trưởng Ban', titleAsWritten: 'Trưởng Ban Dân vận Huyện ủy', observedAt: '2024-04-02' },
          [id('Võ Thị Lan'), id('Ban Dân vận Huyện ủy X'), id('Hội nghị giao ban')],
        ],
        ['PARTICIPATION', { person: id('Võ Thị Lan'), event: id('Hội nghị giao ban'), role: 'CHAIRED', titleAtEvent: 'Trưởng Ban Dân vận Huyện ủy', bridgePoint: null, bridgePointPlace: null }, [id('Võ Thị Lan'), id('Hội nghị giao ban')]],
        ['LINK', { type: 'HELD_IN', from: id('Hội nghị giao ban'), to: id('Y'), since: null, presentedBy: null }, [id('Hội nghị giao ban'), id('Y')]],
      ],
    );
    const chaired = drafts.find((d) => d.kind === 'PARTICIPATION')!;
    assert.deepEqual([chaired.evidence.map((e) => e.quote), chaired.confidence], [['Bà Võ Thị Lan – Trưởng Ban Dân vận Huyện ủy chủ trì', 'chủ trì hội nghị'], 0.85]);
    const held = drafts.find((d) => d.kind === 'LINK' && (d.payload as { type: string }).type === 'HELD_IN')!;
    assert.deepEqual([held.inferred, held.inferenceNote], [true, 'the venue is the commune committee']);
  });

  it('keeps an alias that is another name, not the first words of the name used to refer back to it, nor a short word', () => {
    const event = draftsOf(extraction(), 'src-a', none).find((d) => d.kind === 'ENTITY' && (d.payload as { label: string }).label === 'Event')!;
    assert.deepEqual((event.payload as { aliases: string[] }).aliases, ['Giao ban quý I']);
  });

  it('gives an entity evidence from where the article names it, else from the facts that name it', () => {
    const drafts = draftsOf(extraction(), 'src-a', none);
    const entity = (name: string) => drafts.find((d) => d.kind === 'ENTITY' && (d.payload as { name: string }).name === name)!;
    assert.deepEqual(entity('Võ Thị Lan').evidence.map((e) => e.quote), ['Võ Thị Lan']);
    assert.deepEqual(entity('Y').evidence.map((e) => e.quote), ['tại UBND xã Y']);
    for (const d of drafts) for (const e of d.evidence) assert.equal(TEXT.slice(e.start, e.end), e.quote);
    assert.deepEqual(drafts.map((d) => d.position), [...drafts.map((d) => d.position)].sort((x, y) => x - y));
  });

  it('stores the registry answer: the match as the choice when MATCHED, no choice when AMBIGUOUS or NEW', () => {
    const candidate = (id: string, score: number, match: boolean) => ({ id, label: 'Person' as const, name: 'Võ Thị Lan', score, match, reasons: [{ code: 'SAME_NAME' as const, detail: 'Võ Thị Lan', weight: 1 }] });
    const mention = { label: 'Person' as const, name: 'Võ Thị Lan' };
    const answers = new Map<string, MentionReconciliation>([
      ['Person:vo thi lan', { mention, decision: 'MATCHED', candidates: [candidate('per-vo-thi-lan', 1, true)] }],
      ['Organization:ban dan van huyen uy x', { mention, decision: 'AMBIGUOUS', candidates: [candidate('org-a', 0.7, false), candidate('org-b', 0.7, false)] }],
    ]);
    const drafts = draftsOf(extraction(), 'src-a', answers).filter((d) => d.kind === 'ENTITY');
    assert.deepEqual(
      drafts
        .map((d) => [(d.payload as { name: string }).name, d.reconciliation!.decision, d.reconciliation!.choiceId, d.reconciliation!.proposedChoiceId, d.reconciliation!.candidates.length])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'vi')),
      [
        ['Ban Dân vận Huyện ủy X', 'AMBIGUOUS', null, null, 2],
        ['Hội nghị giao ban', 'NEW', null, null, 0],
        ['Tổ tự quản', 'NEW', null, null, 0],
        ['Võ Thị Lan', 'MATCHED', 'per-vo-thi-lan', 'per-vo-thi-lan', 1],
        ['Y', 'NEW', null, null, 0],
      ],
    );
  });

  it('tells reconciliation each entity with its context: a person’s organisations, the article’s places for people and organisations, the date', () => {
    assert.deepEqual(mentionsOf(extraction()), [
      { key: 'Event:hoi nghi giao ban', label: 'Event', name: 'Hội nghị giao ban', organizations: [], places: [], date: '2024-04-02' },
      { key: 'Person:vo thi lan', label: 'Person', name: 'Võ Thị Lan', organizations: ['Ban Dân vận Huyện ủy X'], places: ['Y'], date: '2024-04-02' },
      { key: 'Organization:ban dan van huyen uy x', label: 'Organization', name: 'Ban Dân vận Huyện ủy X', organizations: [], places: ['Y'], date: '2024-04-02' },
      { key: 'Place:y', label: 'Place', name: 'Y', organizations: [], places: [], date: '2024-04-02' },
      { key: 'Model:to tu quan', label: 'Model', name: 'Tổ tự quản', organizations: [], places: [], date: '2024-04-02' },
    ]);
  });
});
