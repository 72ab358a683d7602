import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../../../ingest/extractor.js';
import type { Extraction } from '../../../ingest/extract/types.js';

const extractor = createExtractor();
const NOW = { now: new Date('2026-01-01') };

function facts(text: string) {
  const x = extractor.extract(text, { format: 'text', ...NOW });
  const name = (key: string) => x.entities.find((e) => e.key === key)!.name;
  return {
    x,
    roles: x.roleObservations.map((r) => `${name(r.person)} | ${r.title} | ${name(r.organization)} | ${r.observedAt}`),
    participations: x.participations.map((p) => `${name(p.person)} | ${p.role}${p.bridgePoint ? ` | ${p.bridgePoint}` : ''}`),
    links: (type: string) => x.links.filter((l) => l.type === type).map((l) => `${name(l.from)} -> ${name(l.to)}${l.since ? ` since ${l.since}` : ''}`),
    entities: (label: string) => x.entities.filter((e) => e.label === label),
  };
}

// Articles written for these tests: the shapes of provincial news, none of their sentences.
const PROVINCE_ARTICLE = `Ngày đăng: 09/07/2024
Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024
Sáng 8/7, Ban Dân vận Tỉnh ủy Bến Tre phối hợp với Ban cán sự đảng UBND tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024. Đồng chí Lương Văn Khải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Tô Thị Ngọc – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì hội nghị. Tham dự tại điểm cầu huyện Giồng Trôm có ông Lữ Văn Tài – Bí thư Huyện ủy; bà Đặng Thị Yến – Phó Chủ tịch UBND huyện.
Phát biểu chỉ đạo tại hội nghị, Chủ tịch UBND tỉnh đề nghị các địa phương nhân rộng mô hình “Dân vận khéo” và mô hình “Tổ liên kết trồng dừa hữu cơ” của xã Châu Bình, huyện Giồng Trôm.
Dịp này, hai cơ quan ký kết Chương trình phối hợp giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh giai đoạn 2024 – 2028, triển khai Chỉ thị số 12-CT/TU ngày 3/5/2022 của Ban Thường vụ Tỉnh ủy.
Ngọc Hân`;

describe('extraction of a provincial article (stages 3–5 together)', () => {
  const f = facts(PROVINCE_ARTICLE);

  it('dates the event by "Sáng 8/7" with the year of the article, marked inferred', () => {
    const [event] = f.entities('Event');
    assert.deepEqual({ name: event!.name, fields: event!.fields, inferred: event!.inferred }, {
      name: 'Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024',
      fields: { kind: 'INTERIM_REVIEW', date: '2024-07-08' },
      inferred: true,
    });
  });

  it('gives one role observation per title, "tỉnh" and "huyện" resolved to the places the article names', () => {
    assert.deepEqual(f.roles, [
      'Lương Văn Khải | Phó Bí thư | Tỉnh ủy Bến Tre | 2024-07-08',
      'Lương Văn Khải | Chủ tịch | Ủy ban nhân dân tỉnh Bến Tre | 2024-07-08',
      'Tô Thị Ngọc | Ủy viên Ban Thường vụ | Tỉnh ủy Bến Tre | 2024-07-08',
      'Tô Thị Ngọc | Trưởng Ban | Ban Dân vận Tỉnh ủy Bến Tre | 2024-07-08',
      'Lữ Văn Tài | Bí thư | Huyện ủy Giồng Trôm | 2024-07-08',
      'Đặng Thị Yến | Phó Chủ tịch | Ủy ban nhân dân huyện Giồng Trôm | 2024-07-08',
    ]);
  });

  it('gives people listed before one verb that verb, a bridge point to those who sat there, and a title standing for its holder', () => {
    assert.deepEqual(f.participations, [
      'Lương Văn Khải | CO_CHAIRED',
      'Tô Thị Ngọc | CO_CHAIRED',
      'Lữ Văn Tài | ATTENDED | huyện Giồng Trôm',
      'Đặng Thị Yến | ATTENDED | huyện Giồng Trôm',
      'Lương Văn Khải | DIRECTED',
    ]);
  });

  it('finds the organisers, and the program signed between them with its period and parties', () => {
    assert.deepEqual(f.links('ORGANIZED'), [
      'Ban Dân vận Tỉnh ủy Bến Tre -> Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh Bến Tre -> Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024',
    ]);
    const [program] = f.entities('Program');
    assert.deepEqual(program!.fields, { kind: 'COORDINATION_PROGRAM', startYear: 2024, endYear: 2028 });
    assert.deepEqual(f.links('PARTY_TO').map((l) => l.split(' -> ')[0]), ['Ban Dân vận Tỉnh ủy Bến Tre', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Bến Tre']);
    assert.equal(f.links('SIGNED_AT').length, 1);
  });

  it('takes the quoted name after "mô hình" for a model, not a category, with where it is practised', () => {
    assert.deepEqual(f.entities('Model').map((m) => m.name), ['Tổ liên kết trồng dừa hữu cơ']);
    assert.deepEqual(f.links('ADOPTED_IN'), ['Tổ liên kết trồng dừa hữu cơ -> Châu Bình']);
    assert.deepEqual(f.links('PART_OF'), ['Châu Bình -> Giồng Trôm']);
  });

  it('reads a document with its number, date and issuer', () => {
    const [doc] = f.entities('Document');
    assert.deepEqual({ name: doc!.name, fields: doc!.fields }, { name: 'Chỉ thị 12-CT/TU', fields: { kind: 'DIRECTIVE', number: '12-CT/TU', issuedAt: '2022-05-03' } });
    assert.deepEqual(f.links('ISSUED'), ['Ban Thường vụ Tỉnh ủy Bến Tre -> Chỉ thị 12-CT/TU']);
  });

  it('quotes its evidence from the normalised text', () => {
    const x: Extraction = f.x;
    for (const item of [...x.roleObservations, ...x.participations, ...x.links, ...x.entities]) {
      for (const e of item.evidence) assert.equal(x.text.slice(e.start, e.end), e.quote);
    }
    for (const e of x.entities) for (const m of e.mentions) assert.equal(x.text.slice(m.start, m.end), m.text);
  });
});

describe('extraction of other shapes', () => {
  it('dates a year-only event to the year, and a term congress to its first year, both inferred', () => {
    const f = facts(`Giao ban công tác Mặt trận 6 tháng đầu năm 2022 khu vực Tây Nguyên
Phát biểu tại hội nghị, đồng chí Y Thanh Niê Kdăm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk giới thiệu công tác chuẩn bị Đại hội Mặt trận các cấp nhiệm kỳ 2024-2029.`);
    assert.deepEqual(
      f.entities('Event').map((e) => [e.name, e.fields.kind, e.fields.date, e.inferred]),
      [
        ['Đại hội Mặt trận các cấp nhiệm kỳ 2024-2029', 'CONGRESS', '2024', true],
        ['Giao ban công tác Mặt trận 6 tháng đầu năm 2022 khu vực Tây Nguyên', 'BRIEFING', '2022', true],
      ],
    );
    assert.deepEqual(f.roles, ['Y Thanh Niê Kdăm | Phó Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk | 2022']);
    assert.deepEqual(f.participations, ['Y Thanh Niê Kdăm | SPOKE']);
  });

  it('gives people sharing "Dự và chỉ đạo" the stronger role, and a reported verb "spoke" only when nothing says more', () => {
    const f = facts(`Sáng ngày 3/4/2023, Huyện ủy Mỏ Cày Nam tổ chức hội nghị tổng kết công tác dân vận năm 2022. Dự và chỉ đạo hội nghị có đồng chí Thái Văn Lâm – Phó Bí thư Thường trực Huyện ủy. Đồng chí Thái Văn Lâm nhấn mạnh vai trò của cơ sở. Ông Kha Minh Trí – Chủ tịch UBND huyện cho biết huyện đã hoàn thành chỉ tiêu.`);
    assert.deepEqual(f.participations, ['Thái Văn Lâm | DIRECTED', 'Kha Minh Trí | SPOKE']);
  });

  it('leaves "UBND tỉnh" without a place when the article names no province, and says so', () => {
    const f = facts(`Chiều 12/5/2023, ông Quách Văn Lộc – Chủ tịch UBND tỉnh chủ trì hội nghị giao ban công tác dân vận.`);
    const org = f.entities('Organization')[0]!;
    assert.deepEqual([org.name, org.placeUnresolved], ['Ủy ban nhân dân tỉnh', true]);
    assert.deepEqual(f.participations, ['Quách Văn Lộc | CHAIRED']);
  });

  it('gives a committee title written without its committee the committee of the next title, and "xã" the commune named', () => {
    const f = facts(`Ngày 2/10/2024, Đảng ủy xã Bình Thành tổ chức hội nghị giao ban. Dự có các đồng chí: Thạch Văn Sa Ren, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Tiểu Cần; ông Sơn Minh Tư, Chủ tịch UBND xã.`);
    assert.deepEqual(f.roles, [
      'Thạch Văn Sa Ren | Ủy viên Ban Thường vụ | Huyện ủy Tiểu Cần | 2024-10-02',
      'Thạch Văn Sa Ren | Trưởng Ban | Ban Dân vận Huyện ủy Tiểu Cần | 2024-10-02',
      'Sơn Minh Tư | Chủ tịch | Ủy ban nhân dân xã Bình Thành | 2024-10-02',
    ]);
    assert.deepEqual(f.participations, ['Thạch Văn Sa Ren | ATTENDED', 'Sơn Minh Tư | ATTENDED']);
  });

  it('places the event where its sentence says, not at a bridge point', () => {
    assert.deepEqual(facts(`Chiều ngày 21/11/2024, tại khu dân cư ấp 2, xã Mỹ An, Ủy ban MTTQ Việt Nam xã tổ chức hội nghị giao ban.`).links('HELD_IN'), ['Hội nghị giao ban -> Mỹ An']);
    assert.deepEqual(facts(`Ngày 5/5/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến; dự tại điểm cầu huyện Cờ Đỏ có ông Tăng Văn Bé.`).links('HELD_IN'), []);
  });

  it('makes no speaker of a quoted resident, and dates a signing of another year elsewhere', () => {
    const f = facts(`Ngày đăng: 05/12/2024\nChiều 4/12, Ủy ban MTTQ Việt Nam xã Hòa Lợi tổ chức hội nghị tổng kết. Bà Kim Thị Lệ, người dân ấp Chợ, chia sẻ niềm vui. Năm 2022, xã đã ký kết Quy chế phối hợp giữa Đảng ủy xã và Ủy ban MTTQ Việt Nam xã giai đoạn 2022 – 2025.`);
    assert.deepEqual(f.participations, []);
    assert.deepEqual(f.links('SIGNED_AT'), []);
    assert.deepEqual(f.links('PARTY_TO'), [
      'Đảng ủy xã Hòa Lợi -> Quy chế phối hợp giữa Đảng ủy xã Hòa Lợi và Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lợi giai đoạn 2022–2025',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lợi -> Quy chế phối hợp giữa Đảng ủy xã Hòa Lợi và Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa Lợi giai đoạn 2022–2025',
    ]);
  });

  it('does not take a sentence set at another time for the event, and reads "Ủy viên Trung ương Đảng" as a member of the Central Committee', () => {
    const f = facts(`Ngày đăng: 05/12/2024\nChiều 4/12, Huyện ủy Cái Bè tổ chức hội nghị giao ban công tác dân vận. Ông Lê Văn Út – Bí thư Huyện ủy chủ trì hội nghị. Năm 2023, ông Lê Văn Út đã tham dự lớp bồi dưỡng. Đến dự có đồng chí Ủy viên Trung ương Đảng Mai Văn Chính.`);
    assert.deepEqual(f.participations, ['Lê Văn Út | CHAIRED', 'Mai Văn Chính | ATTENDED']);
    assert.ok(f.roles.includes('Mai Văn Chính | Ủy viên | Ban Chấp hành Trung ương Đảng | 2024-12-04'));
  });

  it('dates a review in an article without a date by the period it reviews; reads a steering committee, a member of the Executive Committee and a congress by its number', () => {
    const f = facts(`Biểu dương 25 tập thể “Dân vận khéo”
Ngày 15-11, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” của huyện tổ chức Hội nghị sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2021-2023.
Đến dự có các đồng chí: Trịnh Văn Lực, Bí thư Huyện ủy Hòa Vang; Đỗ Thị Mai, Ủy viên Ban Chấp hành Đảng bộ huyện, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phong trào thi đua “Dân vận khéo” của huyện.
Các địa phương đã cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII bằng nhiều việc làm.`);
    assert.deepEqual(
      f.entities('Event').map((e) => [e.name, e.fields.kind, e.fields.date, e.inferred]),
      [
        ['Đại hội đại biểu Đảng bộ huyện lần thứ XXII', 'CONGRESS', undefined, false],
        ['Hội nghị sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2021-2023', 'INTERIM_REVIEW', '2023-11-15', true],
      ],
    );
    assert.deepEqual(f.roles, [
      'Trịnh Văn Lực | Bí thư | Huyện ủy Hòa Vang | 2023-11-15',
      'Đỗ Thị Mai | Ủy viên | Huyện ủy Hòa Vang | 2023-11-15',
      'Đỗ Thị Mai | Phó Chủ tịch | Ủy ban nhân dân huyện Hòa Vang | 2023-11-15',
      'Đỗ Thị Mai | Trưởng Ban | Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện Hòa Vang | 2023-11-15',
    ]);
    // "Ban Chỉ đạo" is a body: its "chỉ đạo" does not make its head a director of the event.
    assert.deepEqual(f.participations, ['Trịnh Văn Lực | ATTENDED', 'Đỗ Thị Mai | ATTENDED']);
    assert.deepEqual(f.links('ORGANIZED'), ['Ban Chỉ đạo phong trào thi đua “Dân vận khéo” huyện Hòa Vang -> Hội nghị sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2021-2023']);
  });

  it('takes a dated signing for the event when no event word is written, with the parties that sign and those signed with', () => {
    const f = facts(`(BTN) - Sáng nay 6.4, Ban Dân vận Thành ủy Quy Nhơn ký kết quy chế phối hợp công tác dân vận giai đoạn 2024 - 2028 với Đồn Biên phòng Tam Quan và Đồn Biên phòng Nhơn Lý.
Ban Dân vận Thành ủy Quy Nhơn và Đồn Biên phòng Tam Quan, Đồn Biên phòng Nhơn Lý ký kết quy chế phối hợp. Ảnh: THANH LAM
Nhân dịp này, Hội Liên hiệp Phụ nữ thành phố Quy Nhơn và 2 đồn biên phòng cũng ký kết kế hoạch phối hợp tuyên truyền phòng chống ma túy.`);
    assert.deepEqual(
      f.entities('Event').map((e) => [e.name, e.fields.kind, e.fields.date, e.inferred]),
      [['Ký kết quy chế phối hợp công tác dân vận giai đoạn 2024 – 2028', 'SIGNING', '2024-04-06', true]],
    );
    // The caption's mention without a period is the same program; "2 đồn biên phòng" are the two stations named before.
    assert.deepEqual(f.entities('Program').map((p) => [p.name, p.fields]), [
      ['Quy chế phối hợp giữa Ban Dân vận Thành ủy Quy Nhơn và các cơ quan giai đoạn 2024–2028', { kind: 'COORDINATION_PROGRAM', startYear: 2024, endYear: 2028 }],
      ['Kế hoạch phối hợp giữa Hội Liên hiệp Phụ nữ thành phố Quy Nhơn và các cơ quan', { kind: 'COORDINATION_PLAN' }],
    ]);
    assert.deepEqual(f.links('PARTY_TO').map((l) => l.replace(/ -> (Quy chế|Kế hoạch).*$/u, ' -> $1')), [
      'Ban Dân vận Thành ủy Quy Nhơn -> Quy chế',
      'Đồn Biên phòng Tam Quan -> Quy chế',
      'Đồn Biên phòng Nhơn Lý -> Quy chế',
      'Hội Liên hiệp Phụ nữ thành phố Quy Nhơn -> Kế hoạch',
      'Đồn Biên phòng Tam Quan -> Kế hoạch',
      'Đồn Biên phòng Nhơn Lý -> Kế hoạch',
    ]);
    // The Thành ủy of a city under a province is of district level.
    assert.equal(f.x.entities.find((e) => e.name === 'Ban Dân vận Thành ủy Quy Nhơn')!.fields.level, 'DISTRICT');
  });

  it('reads an unquoted list after "mô hình:", each model with the places of its own item, and no person in a place list', () => {
    const f = facts(`Toàn huyện Lục Ngạn (Bắc Giang) có 312 mô hình. Tiêu biểu như các mô hình: Vườn cây không dùng thuốc diệt cỏ tại xã Tân Mộc, Phượng Sơn; vận động hiến đất làm đường ở bản Mé xã Sa Lý; mô hình hát quan họ xã Giáp Sơn, Dương Đức…`);
    assert.deepEqual(f.links('ADOPTED_IN'), [
      'Vườn cây không dùng thuốc diệt cỏ -> Tân Mộc',
      'Vườn cây không dùng thuốc diệt cỏ -> Phượng Sơn',
      'Vận động hiến đất làm đường -> Sa Lý',
      'Hát quan họ -> Giáp Sơn',
      'Hát quan họ -> Dương Đức',
    ]);
    // "Lục Ngạn (Bắc Giang)" and "Dương Đức" start like family names: places here, not people.
    assert.deepEqual(f.entities('Person'), []);
  });

  it('dates an event written without a date to the year of the article, unless its sentence is set in a year of its own; people who chair together co-chair', () => {
    const f = facts(`10:05 20-06-2024 | Tin tỉnh
Tại thành phố Điện Biên Phủ, đồng chí Lò Văn Mừng, Trưởng Ban Dân vận Tỉnh ủy Điện Biên và đồng chí Giàng A Tông, Trưởng Ban Dân vận Tỉnh ủy Lai Châu đã chủ trì Hội nghị ký kết phối hợp công tác dân vận giai đoạn 2024 - 2026.`);
    assert.deepEqual(
      f.entities('Event').map((e) => [e.fields.kind, e.fields.date, e.inferred, e.inferenceNote]),
      [['SIGNING', '2024', true, 'The article gives no date for the event; it reports it on 2024-06-20, so it is dated to 2024.']],
    );
    assert.deepEqual(f.roles, ['Lò Văn Mừng | Trưởng Ban | Ban Dân vận Tỉnh ủy Điện Biên | 2024', 'Giàng A Tông | Trưởng Ban | Ban Dân vận Tỉnh ủy Lai Châu | 2024']);
    assert.deepEqual(f.participations, ['Lò Văn Mừng | CO_CHAIRED', 'Giàng A Tông | CO_CHAIRED']);
    const past = facts(`Ngày đăng: 20/06/2024\nNăm 2019, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị giao ban công tác dân vận với các tỉnh Tây Bắc.`);
    assert.equal(past.entities('Event')[0]!.fields.date, undefined);
  });

  it('shapes each proposed entity as the create input of its kind', () => {
    const f = facts(PROVINCE_ARTICLE);
    const org = f.x.entities.find((e) => e.name === 'Ủy ban nhân dân tỉnh Bến Tre')!;
    assert.deepEqual(org.fields, { kind: 'PEOPLES_COMMITTEE', line: 'STATE', level: 'PROVINCE' });
    assert.deepEqual(org.mentions.map((m) => [m.text, m.folded]), [
      ['UBND tỉnh', 'ubnd tinh'],
      ['UBND tỉnh', 'ubnd tinh'],
    ]);
  });
});

describe('extraction of a saved HTML page', () => {
  it('reads the page, then dates "sáng 8/7" by the publication date its metadata give', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2023-07-09T10:00:00+07:00">
      <script>var x = 1;</script></head><body><nav><a href="/">Trang chủ</a> <a href="/dv">Dân vận</a></nav>
      <article><h1>Giao ban công tác dân vận quý II</h1>
      <p>Sáng 8/7, Ban Dân vận Huyện ủy Hòn Đất tổ chức giao ban công tác dân vận quý II năm 2023. Đồng chí Danh Sóc – Phó Bí thư Thường trực Huyện ủy chủ trì buổi giao ban, với sự tham dự của lãnh đạo các ban, ngành, đoàn thể huyện.</p>
      <p>Phát biểu kết luận, đồng chí Danh Sóc đề nghị các xã tiếp tục thực hiện tốt quy chế dân chủ ở cơ sở trong thời gian tới.</p></article>
      <footer>Liên hệ quảng cáo</footer></body></html>`;
    const x = extractor.extract(Buffer.from(html), NOW);
    const name = (key: string) => x.entities.find((e) => e.key === key)!.name;
    assert.deepEqual(x.roleObservations.map((r) => `${name(r.person)} | ${r.title} | ${name(r.organization)} | ${r.observedAt}`), ['Danh Sóc | Phó Bí thư Thường trực | Huyện ủy Hòn Đất | 2023-07-08']);
    assert.deepEqual(x.participations.map((p) => `${name(p.person)} | ${p.role}`), ['Danh Sóc | CHAIRED', 'Danh Sóc | CONCLUDED']);
  });
});
