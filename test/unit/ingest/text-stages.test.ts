import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText } from '../../../ingest/text/normalise.js';
import { splitClauses, splitSentences } from '../../../ingest/text/split.js';
import { tokenize } from '../../../ingest/text/tokens.js';

describe('text normalisation (stage 1)', () => {
  it('composes diacritics (NFC) and collapses spaces, tabs, NBSP and blank lines', () => {
    assert.equal(normaliseText('Ho\u0302\u0323i  nghi\u0323\u00A0\tlớn\r\n\r\n\r\n  Dòng hai  '), 'Hội nghị lớn\nDòng hai');
  });

  it('moves the tone of an open oa / oe / uy to the registry placement, and leaves "quý" and closed syllables alone', () => {
    assert.equal(normaliseText('Tỉnh uỷ, Uỷ ban, hoà giải, khoẻ mạnh, Thuỵ, quý, hoàn thành, thuyền'), 'Tỉnh ủy, Ủy ban, hòa giải, khỏe mạnh, Thụy, quý, hoàn thành, thuyền');
  });

  it('makes every dash "–" with spaces, but keeps hyphens inside codes and periods', () => {
    assert.equal(normaliseText('bà Lâm Thị Hạnh -Phó Chủ tịch'), 'bà Lâm Thị Hạnh – Phó Chủ tịch');
    assert.equal(normaliseText('ông Đỗ Văn Tâm—Bí thư'), 'ông Đỗ Văn Tâm – Bí thư');
    assert.equal(normaliseText('Kết luận 12-KL/TU, giai đoạn 2022-2027, KT-XH'), 'Kết luận 12-KL/TU, giai đoạn 2022-2027, KT-XH');
    assert.equal(normaliseText('năm 2024 – 2025'), 'năm 2024 – 2025');
  });

  it('pairs double quotes as “ and ”, and separates "TP." from the name after it', () => {
    assert.equal(normaliseText('mô hình "Chợ nổi văn minh" ở TP.Cần Thơ'), 'mô hình “Chợ nổi văn minh” ở TP. Cần Thơ');
  });

  it('drops control and zero-width characters, and breaks lines at a vertical tab or a form feed', () => {
    assert.equal(normaliseText('Ban\u200B Dân\u0007 vận'), 'Ban Dân vận');
    assert.equal(normaliseText('Ban Dân vận\u000BHuyện ủy\u000C\u000BTam Nông'), 'Ban Dân vận\nHuyện ủy\nTam Nông');
  });
});

describe('tokens', () => {
  it('keep codes and dates whole, but split words joined by a slash', () => {
    assert.deepEqual(tokenize('Chỉ thị 15-CT/TU ngày 2/9/2022, Tỉnh ủy/Chủ tịch').map((t) => t.text), ['Chỉ', 'thị', '15-CT/TU', 'ngày', '2/9/2022', ',', 'Tỉnh', 'ủy', '/', 'Chủ', 'tịch']);
  });
});

describe('sentences and clauses (stage 2)', () => {
  it('end a sentence at a line or at a stop before a capital, not after an abbreviation or inside a number', () => {
    const text = 'Đoàn đến TP. Vĩnh Long lúc 8 giờ. Có 1.250 hộ tham gia. Hết./.\nDòng chú thích ảnh';
    assert.deepEqual(splitSentences(text).map((s) => s.text), ['Đoàn đến TP. Vĩnh Long lúc 8 giờ.', 'Có 1.250 hộ tham gia.', 'Hết./.', 'Dòng chú thích ảnh']);
  });

  it('give ranges of the text itself', () => {
    const text = 'Câu một. Câu hai!';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('split clauses at semicolons outside quotes and brackets', () => {
    const [sentence] = splitSentences('Dự có ông A; bà B (đại diện; khách mời); và “tên; riêng” cuối.');
    assert.deepEqual(splitClauses(sentence!).map((c) => c.text), ['Dự có ông A', 'bà B (đại diện; khách mời)', 'và “tên; riêng” cuối.']);
  });
});
