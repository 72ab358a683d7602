import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgName, orgNeedsPlace } from '../../../ingest/extract/org-mention.js';
import { organizationAt } from '../../../ingest/extract/scan-organizations.js';
import { scanPeople } from '../../../ingest/extract/scan-people.js';
import { collectArticlePlaces } from '../../../ingest/extract/scan-places.js';
import { normaliseText } from '../../../ingest/text/normalise.js';
import { tokenize } from '../../../ingest/text/tokens.js';
import { Lexicon } from '../../../ingest/vocab/lexicon.js';
import { loadVocabulary } from '../../../ingest/vocab/load-vocabulary.js';

const lex = new Lexicon(loadVocabulary());

function org(text: string) {
  const tokens = tokenize(normaliseText(text));
  const o = organizationAt(tokens, 0, lex, collectArticlePlaces(tokens, lex));
  return o ? { name: orgName(o), kind: o.kind, level: o.level, line: o.line, needsPlace: orgNeedsPlace(o) } : null;
}

function people(text: string) {
  const normalised = normaliseText(text);
  const tokens = tokenize(normalised);
  return scanPeople(tokens, 0, tokens.length, lex, collectArticlePlaces(tokens, lex)).map((p) => ({
    name: p.name,
    titles: p.titles.map((t) => `${t.title} @ ${t.org ? orgName(t.org) : '–'}`),
  }));
}

describe('organisation mentions (stage 3)', () => {
  it('read a body with its level word and place, abbreviations expanded in the name', () => {
    assert.deepEqual(org('UBND tỉnh Hậu Giang đã'), { name: 'Ủy ban nhân dân tỉnh Hậu Giang', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', line: 'STATE', needsPlace: false });
    assert.deepEqual(org('UBMTTQVN xã Long Hựu Đông cùng'), { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Long Hựu Đông', kind: 'FRONT_COMMITTEE', level: 'COMMUNE', line: 'FRONT', needsPlace: false });
  });

  it('leave the place of "UBND huyện" open for the article to fill', () => {
    assert.deepEqual(org('HĐND huyện thông qua'), { name: 'Hội đồng nhân dân huyện', kind: 'LEGISLATURE', level: 'DISTRICT', line: 'STATE', needsPlace: true });
  });

  it('read a board of a Party committee, listed or not, even misspelt', () => {
    assert.equal(org('Ban Tuyên giáo Thị ủy Ngã Năm phối hợp')!.name, 'Ban Tuyên giáo Thị ủy Ngã Năm');
    assert.deepEqual(org('Ban Dân vân Quận ủy và'), { name: 'Ban Dân vân Quận ủy', kind: 'PARTY_BOARD', level: 'DISTRICT', line: 'PARTY', needsPlace: true });
    assert.equal(org('Ban Thường vụ Thành ủy Cần Thơ họp')!.kind, 'PARTY_STANDING_BOARD');
    assert.equal(org('Ban Dân vận Trung ương chỉ đạo')!.level, 'CENTRAL');
  });

  it('read a civil-affairs committee with the State body it sits in', () => {
    assert.equal(org('Ban cán sự đảng UBND thành phố Hà Nội')!.name, 'Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội');
    assert.equal(org('Ban Cán sự Đảng Chính phủ')!.name, 'Ban cán sự đảng Chính phủ');
  });

  it('read named bodies and standing offices', () => {
    assert.deepEqual(org('Đồn Biên phòng Vĩnh Xương phối hợp'), { name: 'Đồn Biên phòng Vĩnh Xương', kind: 'BORDER_GUARD_STATION', level: null, line: 'ARMED_FORCES', needsPlace: false });
    assert.equal(org('Cơ quan Thường trực Ban Dân vận Trung ương tại Đà Nẵng')!.name, 'Cơ quan Thường trực Ban Dân vận Trung ương tại Đà Nẵng');
  });

  it('read "TP." and its spellings, a city the vocabulary does not list being a provincial one', () => {
    assert.deepEqual(org('UBND TP.HCM chỉ đạo'), { name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', line: 'STATE', needsPlace: false });
    assert.equal(org('Thành ủy TP. Cần Thơ')!.name, 'Thành ủy Cần Thơ');
    assert.deepEqual(org('UBND Tp. Vị Thanh và'), { name: 'Ủy ban nhân dân thành phố Vị Thanh', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', line: 'STATE', needsPlace: false });
  });

  it('read a steering committee up to the level word of its territory, and not without one', () => {
    assert.deepEqual(org('BCĐ xây dựng nông thôn mới huyện Tân Phú họp'), { name: 'Ban Chỉ đạo xây dựng nông thôn mới huyện Tân Phú', kind: null, level: 'DISTRICT', line: null, needsPlace: false });
    assert.equal(org('Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của tỉnh')!.name, 'Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh');
    assert.equal(org('Ban Chỉ đạo phòng, chống tham nhũng tỉnh'), null);
  });

  it('give the committee of a city under a province the district level', () => {
    assert.equal(org('Thành ủy Bảo Lộc chỉ đạo')!.level, 'DISTRICT');
    assert.equal(org('Thành ủy Hải Phòng chỉ đạo')!.level, 'PROVINCE');
  });

  it('are not read from plural or generic wording, nor a Party body where no committee follows', () => {
    assert.equal(org('Thường trực HĐND tỉnh'), null);
    assert.equal(org('UBND các xã, thị trấn'), null);
    assert.equal(org('Công an các cấp'), null);
  });
});

describe('people and their titles (stage 3)', () => {
  it('do not take honorifics, ranks or academic titles for part of a name', () => {
    assert.deepEqual(people('Thượng tá Lò Văn Pấu và bà Ksor H\'Bơ Khăp cùng TS. Ngô Quang Huy').map((p) => p.name), ['Lò Văn Pấu', "Ksor H'Bơ Khăp", 'Ngô Quang Huy']);
  });

  it('read a title list after a name: one title per item, each with its organisation', () => {
    assert.deepEqual(people('đồng chí Lý Thị Hồng – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu'), [
      { name: 'Lý Thị Hồng', titles: ['Ủy viên Ban Thường vụ @ Tỉnh ủy', 'Trưởng Ban @ Ban Dân vận Tỉnh ủy', 'Chủ tịch @ Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'] },
    ]);
  });

  it('read a title before a name, a place name between them', () => {
    assert.deepEqual(people('Phó Bí thư Thường trực Huyện ủy Tân Hiệp Đinh Công Tráng cho biết'), [{ name: 'Đinh Công Tráng', titles: ['Phó Bí thư Thường trực @ Huyện ủy Tân Hiệp'] }]);
    assert.deepEqual(people('Trưởng Ban Tổ chức Trung ương Hầu Văn Lộc'), [{ name: 'Hầu Văn Lộc', titles: ['Trưởng Ban @ Ban Tổ chức Trung ương'] }]);
  });

  it('read titles implied by their own words', () => {
    assert.deepEqual(people('ông Tạ Minh Quân, Thành ủy viên – Phó Chủ tịch UBND thành phố'), [{ name: 'Tạ Minh Quân', titles: ['Ủy viên @ Thành ủy', 'Phó Chủ tịch @ Ủy ban nhân dân thành phố'] }]);
    assert.deepEqual(people('đồng chí Mạc Văn Khải, Bí thư Trung ương Đảng, Phó Thủ tướng'), [{ name: 'Mạc Văn Khải', titles: ['Bí thư Trung ương Đảng @ Ban Bí thư', 'Phó Thủ tướng @ Chính phủ'] }]);
  });

  it('read a member of a Party committee or of its standing board written short or in full', () => {
    assert.deepEqual(people('đồng chí Đinh Thị Lan, TVTU, Trưởng Ban Tổ chức Tỉnh ủy; ông Vũ Văn Hiếu, HUV, Phó Chủ tịch UBND huyện'), [
      { name: 'Đinh Thị Lan', titles: ['Ủy viên Ban Thường vụ @ Tỉnh ủy', 'Trưởng Ban @ Ban Tổ chức Tỉnh ủy'] },
      { name: 'Vũ Văn Hiếu', titles: ['Ủy viên @ Huyện ủy', 'Phó Chủ tịch @ Ủy ban nhân dân huyện'] },
    ]);
    assert.deepEqual(people('bà Lò Thị Xuân, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh'), [
      { name: 'Lò Thị Xuân', titles: ['Ủy viên @ Tỉnh ủy', 'Phó Chủ tịch @ Hội đồng nhân dân tỉnh'] },
    ]);
  });

  it('keep a title without a name as a reference to its holder', () => {
    assert.deepEqual(people('Chủ tịch UBND tỉnh nhấn mạnh'), [{ name: null, titles: ['Chủ tịch @ Ủy ban nhân dân tỉnh'] }]);
  });

  it('do not read a place as a name, even one starting like a family name', () => {
    assert.deepEqual(people('tại huyện Châu Thành, ông Kiều Văn Nam – Bí thư Huyện ủy'), [{ name: 'Kiều Văn Nam', titles: ['Bí thư @ Huyện ủy'] }]);
    assert.deepEqual(people('tỉnh Đồng Nai và Hà Tĩnh'), []);
  });
});
