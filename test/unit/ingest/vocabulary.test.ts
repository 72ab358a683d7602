import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IngestError } from '../../../ingest/errors.js';
import { checkGazetteer } from '../../../ingest/vocab/gazetteer.js';
import { Lexicon } from '../../../ingest/vocab/lexicon.js';
import { loadVocabulary, VOCABULARY_DIR } from '../../../ingest/vocab/load-vocabulary.js';
import { tokenize } from '../../../ingest/text/tokens.js';

const vocabulary = loadVocabulary();

describe('the vocabularies (data files the project owns)', () => {
  it('list the 63 provinces up to mid-2025 and the 34 units from 1 July 2025', () => {
    const p = vocabulary.places.provinces;
    assert.equal(p.filter((x) => x.until2025 || x.mergedInto).length, 63);
    assert.equal(p.filter((x) => x.from2025).length, 34);
    assert.deepEqual(p.filter((x) => x.mergedInto === 'Đồng Tháp').map((x) => x.name), ['Tiền Giang']);
    assert.deepEqual(p.filter((x) => x.mergedInto === 'Lâm Đồng').map((x) => x.name).sort(), ['Bình Thuận', 'Đắk Nông']);
  });

  it('compile abbreviated forms from the abbreviation list', () => {
    const lex = new Lexicon(vocabulary);
    for (const written of ['UBND', 'HĐND', 'UBMTTQVN', 'Ủy ban MTTQ Việt Nam', 'Ban CHQS', 'BCSĐ']) {
      assert.ok(lex.orgs.longest(tokenize(written), 0), written);
    }
    assert.equal(lex.titles.longest(tokenize('UVTV Thị ủy'), 0)!.values[0]!.title, 'Ủy viên Ban Thường vụ');
  });

  it('compare names with abbreviations expanded and diacritics folded', () => {
    const lex = new Lexicon(vocabulary);
    assert.equal(lex.canonical('UBND tỉnh Sóc Trăng'), lex.canonical('Ủy ban nhân dân tỉnh Sóc Trăng'));
    assert.equal(lex.canonical('Ban Dân vân Thị ủy'), 'ban dan van thi uy');
    assert.equal(lex.canonical('UBMTTQVN huyện'), 'uy ban mat tran to quoc viet nam huyen');
  });

  it('refuse a hand-edited file with a mistake, naming the file and the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vocab-'));
    try {
      cpSync(VOCABULARY_DIR, dir, { recursive: true });
      writeFileSync(path.join(dir, 'titles.yaml'), 'titles:\n  - title: Chủ tịch\n    forms: Chủ tịch\n');
      assert.throws(() => loadVocabulary(dir), (e: unknown) => e instanceof IngestError && e.code === 'BAD_VOCABULARY' && e.message === 'titles.yaml titles[0].forms: expected a list of non-empty strings');
      writeFileSync(path.join(dir, 'titles.yaml'), 'titles: [\n');
      assert.throws(() => loadVocabulary(dir), (e: unknown) => e instanceof IngestError && e.code === 'BAD_VOCABULARY' && e.message.startsWith('titles.yaml: '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accept a registry gazetteer of {kind, name, aliases} and refuse a malformed one', () => {
    assert.deepEqual(checkGazetteer([{ kind: 'PERSON', name: 'Ka\u0301 Văn B', aliases: ['  '] }]), [{ kind: 'PERSON', name: 'Ká Văn B', aliases: [] }]);
    assert.throws(() => checkGazetteer([{ kind: 'USER', name: 'x' }]), /entry 0: kind must be one of/);
    assert.throws(() => checkGazetteer({}), /must be a list/);
  });
});
