// The review page cuts an article's text where evidence starts and ends, so
// that each piece is marked for exactly the proposals whose evidence covers it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceSegments, type EvidenceRange, type Segment } from '../../web/src/curate/evidence-segments.js';

/** Each piece as [its text, the proposals marking it]. */
const pieces = (text: string, ranges: EvidenceRange<string>[]) => evidenceSegments(text, ranges).map((s) => [text.slice(s.start, s.end), s.keys]);

/** The pieces are in order, never overlap and together are the whole text. */
function assertTiles(text: string, segments: Segment<string>[]): void {
  let at = 0;
  for (const s of segments) {
    assert.equal(s.start, at, JSON.stringify(segments));
    assert.ok(s.end > s.start, JSON.stringify(s));
    at = s.end;
  }
  assert.equal(at, text.length);
}

describe('evidence segments', () => {
  const text = 'Ông Trần Minh Khoa – Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.';
  const person = { start: 4, end: 18, key: 'person' };
  const role = { start: 0, end: 52, key: 'role' };
  const chair = { start: 0, end: 71, key: 'chair' };

  it('leaves a text without evidence whole and unmarked', () => {
    assert.deepEqual(pieces(text, []), [[text, []]]);
    assert.deepEqual(pieces('', [person]), []);
  });

  it('marks nested and overlapping evidence with every proposal it supports', () => {
    assert.deepEqual(pieces(text, [role, person, chair]), [
      ['Ông ', ['role', 'chair']],
      ['Trần Minh Khoa', ['role', 'person', 'chair']],
      [' – Phó Bí thư Thường trực Huyện ủy', ['role', 'chair']],
      [' chủ trì hội nghị.', ['chair']],
    ]);
    // Two ranges that cross (neither inside the other).
    assert.deepEqual(pieces('abcdefgh', [{ start: 1, end: 5, key: 'x' }, { start: 3, end: 7, key: 'y' }]), [
      ['a', []],
      ['bc', ['x']],
      ['de', ['x', 'y']],
      ['fg', ['y']],
      ['h', []],
    ]);
  });

  it('names a proposal once when its ranges repeat, and joins touching pieces of the same proposals', () => {
    assert.deepEqual(pieces('abcdef', [{ start: 1, end: 3, key: 'x' }, { start: 1, end: 3, key: 'x' }, { start: 3, end: 5, key: 'x' }]), [
      ['a', []],
      ['bcde', ['x']],
      ['f', []],
    ]);
    // The same piece for two proposals given in another order keeps the order of the ranges.
    assert.deepEqual(pieces('abc', [{ start: 0, end: 3, key: 'y' }, { start: 0, end: 3, key: 'x' }]), [['abc', ['y', 'x']]]);
  });

  it('cuts ranges beyond the text to it and leaves out empty or inverted ones', () => {
    assert.deepEqual(pieces('abc', [{ start: -4, end: 1, key: 'x' }, { start: 2, end: 99, key: 'y' }, { start: 2, end: 2, key: 'z' }, { start: 3, end: 1, key: 'w' }]), [
      ['a', ['x']],
      ['b', []],
      ['c', ['y']],
    ]);
  });

  it('counts offsets in UTF-16 code units, and never splits a surrogate pair', () => {
    // "🏠" is two code units; the API's offsets count them as JavaScript does.
    const home = 'Mô hình 🏠 Hội quán';
    assert.equal(home.indexOf('Hội'), 11);
    assert.deepEqual(pieces(home, [{ start: 11, end: 19, key: 'model' }]), [
      ['Mô hình 🏠 ', []],
      ['Hội quán', ['model']],
    ]);
    // A range starting or ending inside the pair takes the whole pair.
    assert.deepEqual(pieces(home, [{ start: 9, end: 10, key: 'x' }]), [
      ['Mô hình ', []],
      ['🏠', ['x']],
      [' Hội quán', []],
    ]);
    for (const segments of [evidenceSegments(home, [{ start: 9, end: 10, key: 'x' }]), evidenceSegments(home, [{ start: 3, end: 9, key: 'x' }, { start: 10, end: 12, key: 'y' }])]) {
      assertTiles(home, segments);
      for (const s of segments) assert.doesNotMatch(home.slice(s.start, s.end), /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('tiles the text for any ranges: a sample of random ones', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const ranges = Array.from({ length: next(8) }, (_, i) => ({ start: next(80) - 5, end: next(80) - 5, key: `p${i % 4}` }));
      const segments = evidenceSegments(text, ranges);
      assertTiles(text, segments);
      for (const s of segments) {
        const covering = [...new Set(ranges.filter((r) => Math.max(r.start, 0) <= s.start && Math.min(r.end, text.length) >= s.end && r.end > r.start).map((r) => r.key))];
        assert.deepEqual([...s.keys].sort(), covering.sort(), JSON.stringify({ ranges, s }));
      }
    }
  });
});
