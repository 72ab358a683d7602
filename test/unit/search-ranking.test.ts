import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameWords, rankHits, tierOf, type RankedHit } from '../../api/db/search/search-ranking.js';
import { foldVietnamese } from '../../api/db/text.js';

const hit = (id: string, names: (string | null)[], score: number, sortKey: string | null = id): RankedHit => ({ label: 'Model', id, names, sortKey, score });

describe('search ranking', () => {
  it('folds a name into words the way queries are folded', () => {
    assert.deepEqual(nameWords('Hội quán (Đồng Tháp), “Dân vận khéo”'), ['hoi', 'quan', 'dong', 'thap', 'dan', 'van', 'kheo']);
  });

  it('puts a name equal to the query above one starting with it, above one containing it, above none', () => {
    const words = ['hoi', 'quan'];
    assert.equal(tierOf(['Hội quán'], words), 3);
    assert.equal(tierOf(['Hội quán Tân Thuận'], words), 2);
    assert.equal(tierOf(['Mô hình Hội quán'], words), 1);
    assert.equal(tierOf(['Quán hội'], words), 0);
    assert.equal(tierOf([null], words), 0);
  });

  it('takes the best of the name and the aliases, and lets the last word be a prefix', () => {
    assert.equal(tierOf(['Mô hình Hội quán', 'Hội quán'], ['hoi', 'quan']), 3);
    assert.equal(tierOf(['Ban Dân vận Tỉnh ủy'], ['ban', 'dan', 'v']), 2);
    // Only the last word may be cut short.
    assert.equal(tierOf(['Ban Dân vận Tỉnh ủy'], ['ba', 'dan']), 0);
  });

  it('orders by tier, then the Lucene score relative to the best, then the sort key and id', () => {
    const ranked = rankHits(
      [
        hit('description-only', ['Tổ tự quản'], 10),
        hit('contains', ['Mô hình Hội quán'], 2),
        hit('exact-b', ['Hội quán'], 1, 'k'),
        hit('exact-a', ['Hội Quán'], 1, 'k'),
        hit('starts', ['Hội quán Tân Thuận'], 5),
      ],
      ['hoi', 'quan'],
    );
    assert.deepEqual(ranked.map((h) => h.id), ['exact-a', 'exact-b', 'starts', 'contains', 'description-only']);
    assert.equal(ranked[0]!.relevance, 3 + 1 / 10);
    assert.equal(ranked.at(-1)!.relevance, 0 + 10 / 10);
  });

  it('puts a hit without a sort key after those with one, within the same relevance', () => {
    const ranked = rankHits([hit('none', ['Hội quán'], 1, null), hit('z', ['Hội quán'], 1, 'z')], ['hoi', 'quan']);
    assert.deepEqual(ranked.map((h) => h.id), ['z', 'none']);
  });
});

describe('nameWords', () => {
  it('folds every name as folding the whole name would, decomposed marks and odd characters included', () => {
    const whole = (name: string) => foldVietnamese(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const names = [
      'Hội quán Tân Thuận Đông',
      'ĐẢNG BỘ TỈNH ĐỒNG THÁP',
      'Ho\u0302\u0323i qua\u0301n',
      'Tổ nhân dân tự quản số 12/3 – “Dân vận khéo”',
      'Nguyễn Thị Ánh-Tuyết (TP.HCM)',
      '',
      'Ủy ban MTTQ Việt Nam; 2021–2026',
    ];
    for (const name of names) assert.deepEqual(nameWords(name), whole(name), name);
  });
});
