import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, searchTerms } from '../../api/db/search/fulltext-query.js';

describe('searchTerms (search text → Lucene query over folded text)', () => {
  it('folds diacritics and đ, requires every word, lets the last one be a prefix and scores the phrase', () => {
    assert.deepEqual(searchTerms('Hội quán'), { lucene: '+hoi +(quan quan*) "hoi quan"^2', words: ['hoi', 'quan'] });
    assert.deepEqual(searchTerms('  Đồng   Tháp '), { lucene: '+dong +(thap thap*) "dong thap"^2', words: ['dong', 'thap'] });
  });

  it('asks a single word as itself or as a prefix, without a phrase', () => {
    assert.deepEqual(searchTerms('Nghĩa'), { lucene: '+(nghia nghia*)', words: ['nghia'] });
  });

  it('escapes Lucene syntax inside words instead of interpreting it', () => {
    assert.deepEqual(searchTerms('05-CT/TW'), { lucene: '+05\\-ct\\/tw', words: ['05', 'ct', 'tw'] });
    assert.deepEqual(searchTerms('a:b c~2'), { lucene: '+a\\:b +c\\~2 "a\\:b c\\~2"^2', words: ['a', 'b', 'c', '2'] });
  });

  it('keeps a word with inner punctuation whole, as the index tokenised it ("tp.ho" is one token there)', () => {
    assert.deepEqual(searchTerms('TP.Hồ'), { lucene: '+tp.ho', words: ['tp', 'ho'] });
  });

  it('drops punctuation at the edges of words and words with no letter or digit', () => {
    assert.deepEqual(searchTerms('"}) DETACH DELETE n //'), {
      lucene: '+detach +delete +(n n*) "detach delete n"^2',
      words: ['detach', 'delete', 'n'],
    });
    assert.deepEqual(searchTerms('hoi AND ('), { lucene: '+hoi +(and and*) "hoi and"^2', words: ['hoi', 'and'] });
  });

  it('never lets an operator through: folding lower-cases AND, OR, NOT', () => {
    const lucene = searchTerms('hoi OR quan NOT dong')!.lucene;
    assert.doesNotMatch(lucene, /\b(AND|OR|NOT)\b/);
  });

  it('answers null when there is nothing to look for', () => {
    for (const text of ['', '   ', '!!!', '*', '"', '\\', '() [] {}', '//']) assert.equal(searchTerms(text), null, JSON.stringify(text));
  });

  it(`reads at most ${MAX_QUERY_WORDS} words`, () => {
    const terms = searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!;
    assert.equal(terms.words.length, MAX_QUERY_WORDS);
    assert.equal(terms.words.at(-1), `w${MAX_QUERY_WORDS - 1}`);
  });

  it(`looks up a word longer than ${MAX_WORD_LENGTH} characters by its first ${MAX_WORD_LENGTH}, as a prefix, wherever it stands`, () => {
    const long = 'a'.repeat(2_000);
    const cut = 'a'.repeat(MAX_WORD_LENGTH);
    assert.deepEqual(searchTerms(long), { lucene: `+${cut}*`, words: [cut] });
    assert.deepEqual(searchTerms(`Hội ${long} quán`), { lucene: `+hoi +${cut}* +(quan quan*) "hoi ${cut} quan"^2`, words: ['hoi', cut, 'quan'] });
    // Counted in characters, not UTF-16 units: a word of letters outside the BMP is cut between them.
    const astral = '𝐀'.repeat(MAX_WORD_LENGTH + 1);
    assert.equal(searchTerms(astral)!.words[0], '𝐀'.repeat(MAX_WORD_LENGTH));
    assert.equal(searchTerms('𝐀'.repeat(MAX_WORD_LENGTH))!.lucene, `+(${'𝐀'.repeat(MAX_WORD_LENGTH)} ${'𝐀'.repeat(MAX_WORD_LENGTH)}*)`);
  });

  it('never builds a query longer than its bounds allow, whatever the text', () => {
    const longest = Array.from({ length: 100 }, () => 'b'.repeat(5_000)).join(' ');
    const terms = searchTerms(longest)!;
    assert.equal(terms.words.length, MAX_QUERY_WORDS);
    assert.ok(terms.words.every((w) => w.length === MAX_WORD_LENGTH));
    assert.ok(terms.lucene.length < 3 * MAX_QUERY_WORDS * (MAX_WORD_LENGTH + 4), String(terms.lucene.length));
  });

  it('leaves no unescaped syntax character of the input in the query', () => {
    const hostile = ['a+b', 'a-b', 'a!b', 'a(b', 'a)b', 'a{b', 'a}b', 'a[b', 'a]b', 'a^b', 'a"b', 'a~b', 'a*b', 'a?b', 'a:b', 'a\\b', 'a/b', 'a&&b', 'a||b'];
    for (const text of hostile) {
      const lucene = searchTerms(`${text} x`)!.lucene;
      // Take out the escaped characters and the builder's own syntax; nothing special may remain.
      const rest = lucene.replace(/\\./g, '').replace(/\+\(x x\*\)/, '').replace(/"[^"]*"\^2$/, '').replace(/^\+/, '');
      assert.doesNotMatch(rest, /[+\-!(){}[\]^"~*?:\\/&|]/, `${text} → ${lucene}`);
    }
  });
});
