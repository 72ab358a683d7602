import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTerms } from '../../api/db/search/fulltext-query.js';
import { nameKeyOf, nameKeysOf } from '../../model/text.js';

describe('name keys (what search ranking compares)', () => {
  it('fold a name to its words, any run of punctuation or space one break', () => {
    assert.equal(nameKeyOf('Hội quán (Đồng Tháp), “Dân vận khéo”'), 'hoi quan dong thap dan van kheo');
    assert.equal(nameKeyOf('  ĐẢNG BỘ TỈNH ĐỒNG THÁP '), 'dang bo tinh dong thap');
    assert.equal(nameKeyOf('Nguyễn Thị Ánh-Tuyết (TP.HCM)'), 'nguyen thi anh tuyet tp hcm');
    assert.equal(nameKeyOf('Tổ nhân dân tự quản số 12/3'), 'to nhan dan tu quan so 12 3');
    assert.equal(nameKeyOf('Ho\u0302\u0323i qua\u0301n'), 'hoi quan');
  });

  it('are what a search for the same text is made of, so a name typed whole is an exact match', () => {
    for (const name of ['Hội quán Tân Thuận Đông', 'Ban Dân vận Tỉnh ủy', 'Ủy ban MTTQ Việt Nam; 2021–2026', 'Phạm Thiện Nghĩa']) {
      assert.equal(searchTerms(name)!.words.join(' '), nameKeyOf(name), name);
    }
  });

  it('keep one key per distinct name and alias, none empty', () => {
    assert.deepEqual(nameKeysOf('Dân vận khéo', ['Dân vn khéo', 'DÂN VẬN KHÉO', '“”', 'Dân vân khéo']), ['dan van kheo', 'dan vn kheo']);
    assert.deepEqual(nameKeysOf('', []), []);
  });
});
