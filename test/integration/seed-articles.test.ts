import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../../api/db/executor.js';
import { SEED_DIR } from '../../api/paths.js';
import { loadSeed } from '../../seed/load/index.js';
import { clearData, createTestDriver, createTestExecutor } from '../helpers/database.js';

/**
 * The key facts of each article, read back through Cypher from the loaded seed:
 * what a reader checking the graph against the article would check first.
 */
describe('seed facts per article (integration)', () => {
  let driver: Driver;
  let executor: Executor;

  before(async () => {
    driver = createTestDriver();
    executor = createTestExecutor(driver);
    await clearData(executor);
    await loadSeed(executor, { seedDir: SEED_DIR });
  });
  after(async () => driver.close());

  const rows = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => executor.read<T>(cypher, params);

  async function event(id: string) {
    const [row] = await rows<{ kind: string; date: string; precision: string; from: string; to: string; online: boolean | null; inferred: boolean | null }>(
      `MATCH (e:Event {id: $id})
       RETURN e.kind AS kind, e.date AS date, e.datePrecision AS precision, toString(e.dateFrom) AS from,
              toString(e.dateTo) AS to, e.online AS online, e.inferred AS inferred`,
      { id },
    );
    assert.ok(row, `event ${id} is loaded`);
    return row;
  }

  async function organisers(eventId: string) {
    const r = await rows<{ id: string }>('MATCH (o:Organization)-[:ORGANIZED]->(:Event {id: $eventId}) RETURN o.id AS id ORDER BY id', { eventId });
    return r.map((x) => x.id);
  }

  async function participants(eventId: string, role: string) {
    return rows<{ person: string; titleAtEvent: string | null; bridgePoint: string | null; bridgePointPlaceId: string | null }>(
      `MATCH (p:Person)-[r:PARTICIPATED_IN {role: $role}]->(:Event {id: $eventId})
       RETURN p.name AS person, r.titleAtEvent AS titleAtEvent, r.bridgePoint AS bridgePoint, r.bridgePointPlaceId AS bridgePointPlaceId
       ORDER BY person`,
      { eventId, role },
    );
  }

  /** "person | title | organisation | as written | observedAt (precision)" for every observation at an event. */
  async function observations(eventId: string) {
    const r = await rows<{ line: string }>(
      `MATCH (p:Person)-[:HAS_ROLE]->(ro:RoleObservation)-[:AT_EVENT]->(:Event {id: $eventId}),
             (ro)-[:IN_ORGANIZATION]->(o:Organization)
       RETURN p.name + " | " + ro.title + " | " + o.name + " | " + ro.titleAsWritten + " | " + ro.observedAt + " (" + ro.observedAtPrecision + ")" AS line
       ORDER BY line`,
      { eventId },
    );
    return r.map((x) => x.line);
  }

  async function parties(programId: string) {
    const r = await rows<{ id: string }>('MATCH (o:Organization)-[:PARTY_TO]->(:Program {id: $programId}) RETURN o.id AS id ORDER BY id', { programId });
    return r.map((x) => x.id);
  }

  async function program(id: string) {
    const [row] = await rows<{ kind: string; startYear: number | null; endYear: number | null; inferred: boolean | null; signedAt: string[]; reviewedAt: string[] }>(
      `MATCH (p:Program {id: $id})
       RETURN p.kind AS kind, p.startYear AS startYear, p.endYear AS endYear, p.inferred AS inferred,
              [(p)-[:SIGNED_AT]->(e) | e.id] AS signedAt, [(p)-[:REVIEWED_AT]->(e) | e.id] AS reviewedAt`,
      { id },
    );
    assert.ok(row, `program ${id} is loaded`);
    return row;
  }

  async function source(id: string) {
    const [row] = await rows<{ publisher: string | null; author: string | null; publishedAt: string | null; pageDate: string | null; url: string | null; authoredBy: string[]; publishedBy: string[] }>(
      `MATCH (s:Source {id: $id})
       RETURN s.publisher AS publisher, s.author AS author, s.publishedAt AS publishedAt, s.pageDate AS pageDate, s.url AS url,
              [(p:Person)-[:AUTHORED]->(s) | p.name] AS authoredBy, [(o:Organization)-[:PUBLISHED]->(s) | o.id] AS publishedBy`,
      { id },
    );
    assert.ok(row, `source ${id} is loaded`);
    return row;
  }

  describe('000: Đồng Tháp review of "Dân vận Chính quyền" 2020 (24/3/2021)', () => {
    const ev = 'ev-dong-thap-tong-ket-dvcq-2020';

    it('is an online review conference on 24/3/2021, in Đồng Tháp by inference', async () => {
      assert.deepEqual(await event(ev), { kind: 'REVIEW_CONFERENCE', date: '2021-03-24', precision: 'DAY', from: '2021-03-24', to: '2021-03-24', online: true, inferred: true });
      const [held] = await rows<{ place: string; inferred: boolean; note: string }>(
        'MATCH (:Event {id: $ev})-[r:HELD_IN]->(p:Place) RETURN p.id AS place, r.inferred AS inferred, r.inferenceNote AS note',
        { ev },
      );
      assert.equal(held!.place, 'pl-dong-thap');
      assert.equal(held!.inferred, true);
    });

    it('was organised by the Ban Dân vận Tỉnh ủy and the Ban cán sự đảng UBND tỉnh, co-chaired by Phạm Thiện Nghĩa and Lê Thành Công', async () => {
      assert.deepEqual(await organisers(ev), ['org-ban-can-su-dang-ubnd-tinh-dong-thap', 'org-ban-dan-van-tinh-uy-dong-thap']);
      assert.deepEqual(
        (await participants(ev, 'CO_CHAIRED')).map((p) => `${p.person}: ${p.titleAtEvent}`),
        ['Lê Thành Công: Trưởng Ban Dân vân Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Phạm Thiện Nghĩa: Bí thư Ban cán sự đảng UBND tỉnh, Chủ tịch UBND tỉnh'],
      );
      assert.deepEqual((await participants(ev, 'SPOKE')).map((p) => p.person), ['Phạm Thiện Nghĩa']);
    });

    it('records one role observation per title, typos kept as written', async () => {
      assert.deepEqual(await observations(ev), [
        'Lê Thành Công | Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | 2021-03-24 (DAY)',
        'Lê Thành Công | Trưởng Ban | Ban Dân vận Tỉnh ủy Đồng Tháp | Trưởng Ban Dân vân Tỉnh ủy | 2021-03-24 (DAY)',
        'Nguyễn Tấn Lực | Bí thư | Huyện ủy Châu Thành | Bí thư Huyện ủy | 2021-03-24 (DAY)',
        'Phạm Thiện Nghĩa | Bí thư | Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp | Bí thư Ban cán sự đảng UBND tỉnh | 2021-03-24 (DAY)',
        'Phạm Thiện Nghĩa | Chủ tịch | Ủy ban nhân dân tỉnh Đồng Tháp | Chủ tịch UBND tỉnh | 2021-03-24 (DAY)',
        'Phạm Tấn Xiếu | Chủ tịch | Ủy ban nhân dân huyện Châu Thành | Chủ tịch UBND huyện | 2021-03-24 (DAY)',
        'Võ Ngọc Thành | Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện | 2021-03-24 (DAY)',
        'Võ Ngọc Thành | Trưởng Ban | Ban Dân vận Huyện ủy Châu Thành | Trưởng Ban Dân vân Huyện ủy | 2021-03-24 (DAY)',
      ]);
    });

    it('places the district officials at the Châu Thành bridge point', async () => {
      const attended = await participants(ev, 'ATTENDED');
      assert.deepEqual(attended.map((p) => p.person), ['Nguyễn Tấn Lực', 'Phạm Tấn Xiếu', 'Võ Ngọc Thành']);
      assert.ok(attended.every((p) => p.bridgePoint === 'huyện Châu Thành' && p.bridgePointPlaceId === 'pl-chau-thanh-dong-thap'));
      const [chain] = await rows<{ province: string; inferred: boolean }>(
        'MATCH (:Place {id: "pl-chau-thanh-dong-thap"})-[r:PART_OF]->(p:Place) RETURN p.name AS province, r.inferred AS inferred',
      );
      assert.deepEqual(chain, { province: 'Đồng Tháp', inferred: true });
    });

    it('had the 2021–2026 program signed at both levels, province and district, and reviewed the previous one of the two provincial bodies', async () => {
      const parties2 = ['org-ban-can-su-dang-ubnd-tinh-dong-thap', 'org-ban-dan-van-tinh-uy-dong-thap'];
      // "Ban Dân vận và Ban cán sự đảng UBND Tỉnh, Huyện Ký kết": the district bodies (Châu Thành's, by inference) signed the one program named.
      assert.deepEqual(await parties('pr-dong-thap-bdv-bcsd-ubnd-2021-2026'), [
        'org-ban-can-su-dang-ubnd-huyen-chau-thanh-dong-thap',
        'org-ban-can-su-dang-ubnd-tinh-dong-thap',
        'org-ban-dan-van-huyen-uy-chau-thanh-dong-thap',
        'org-ban-dan-van-tinh-uy-dong-thap',
      ]);
      const district = await rows<{ party: string; inferred: boolean; level: string; place: string }>(
        `MATCH (o:Organization)-[r:PARTY_TO]->(:Program {id: "pr-dong-thap-bdv-bcsd-ubnd-2021-2026"}) WHERE o.level = "DISTRICT"
         MATCH (o)-[:LOCATED_IN]->(p:Place)
         RETURN o.name AS party, r.inferred AS inferred, o.level AS level, p.id AS place ORDER BY party`,
      );
      assert.deepEqual(district, [
        { party: 'Ban Dân vận Huyện ủy Châu Thành', inferred: true, level: 'DISTRICT', place: 'pl-chau-thanh-dong-thap' },
        { party: 'Ban cán sự đảng Ủy ban nhân dân huyện Châu Thành', inferred: true, level: 'DISTRICT', place: 'pl-chau-thanh-dong-thap' },
      ]);
      assert.deepEqual(await parties('pr-dong-thap-bdv-bcsd-ubnd-2016-2020'), parties2);
      const signed = await program('pr-dong-thap-bdv-bcsd-ubnd-2021-2026');
      assert.deepEqual([signed.kind, signed.startYear, signed.endYear, signed.signedAt], ['COORDINATION_PROGRAM', 2021, 2026, [ev]]);
      const previous = await program('pr-dong-thap-bdv-bcsd-ubnd-2016-2020');
      assert.deepEqual([previous.startYear, previous.endYear, previous.inferred, previous.reviewedAt], [2016, 2020, true, [ev]]);
    });

    it('awarded the UBND tỉnh certificates to 3 collectives and 6 individuals for "Năm Dân vận khéo" 2020', async () => {
      const [award] = await rows<{ collectives: number; individuals: number; grantedBy: string[]; at: string[]; for: string[] }>(
        `MATCH (a:Award {id: "aw-dong-thap-bang-khen-nam-dan-van-kheo-2020"})
         RETURN a.collectives AS collectives, a.individuals AS individuals, [(o)-[:GRANTED]->(a) | o.id] AS grantedBy,
                [(a)-[:AWARDED_AT]->(e) | e.id] AS at, [(a)-[:AWARDED_FOR]->(c) | c.name] AS for`,
      );
      assert.deepEqual(award, { collectives: 3, individuals: 6, grantedBy: ['org-ubnd-tinh-dong-thap'], at: [ev], for: ['Năm Dân vận khéo 2020'] });
    });

    it('resolves the typos "Dân vân", "Dân vn" to the right records', async () => {
      const aliasOwner = async (alias: string) =>
        (await rows<{ id: string }>('MATCH (n) WHERE $alias IN n.aliases RETURN n.id AS id', { alias })).map((r) => r.id);
      assert.deepEqual(await aliasOwner('Ban Dân vân Tỉnh ủy'), ['org-ban-dan-van-tinh-uy-dong-thap']);
      assert.deepEqual(await aliasOwner('Ban Dân vn Tỉnh ủy'), ['org-ban-dan-van-tinh-uy-dong-thap']);
      assert.deepEqual(await aliasOwner('Ban Dân vân Huyện ủy'), ['org-ban-dan-van-huyen-uy-chau-thanh-dong-thap']);
      assert.deepEqual(await aliasOwner('Dân vn khéo'), ['cmp-phong-trao-thi-dua-dan-van-kheo']);
    });

    it('names its author and no publisher; its address was not found', async () => {
      const s = await source('src-000-tong-ket-dvcq-2020');
      assert.deepEqual(s, { publisher: null, author: 'Thanh An', publishedAt: null, pageDate: null, url: null, authoredBy: ['Thanh An'], publishedBy: [] });
    });

    it('cites Đồng Tháp and its Tỉnh ủy only where an article names them, and reaches them from 000 and 003 by inference', async () => {
      const cited = await rows<{ id: string; sources: string[] }>(
        'MATCH (n) WHERE n.id IN ["pl-dong-thap", "org-tinh-uy-dong-thap"] RETURN n.id AS id, n.sourceIds AS sources ORDER BY id',
      );
      assert.deepEqual(cited, [
        // The 2025 reports that end them (seed/facts/904, 905) are cited too: they name both.
        {
          id: 'org-tinh-uy-dong-thap',
          sources: ['src-001-giao-ban-dan-van-dbscl-2020', 'src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025', 'src-cafef-dang-bo-tinh-thanh-moi-2025'],
        },
        { id: 'pl-dong-thap', sources: ['src-001-giao-ban-dan-van-dbscl-2020', 'src-nq-202-2025-qh15', 'src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025'] },
      ]);
      // Every relationship of 000 or 003 that reaches them is inferred.
      const reaching = await rows<{ id: string; inferred: boolean | null }>(
        `MATCH (n)-[r]-() WHERE n.id IN ["pl-dong-thap", "org-tinh-uy-dong-thap"]
           AND any(s IN r.sourceIds WHERE s IN ["src-000-tong-ket-dvcq-2020", "src-003-so-ket-dvcq-dong-thap-2022"])
         RETURN DISTINCT r.id AS id, r.inferred AS inferred ORDER BY id`,
      );
      assert.ok(reaching.length >= 10, `${reaching.length} relationships`);
      assert.deepEqual(reaching.filter((r) => r.inferred !== true), []);
      const [link] = await rows<{ inferred: boolean; sources: string[] }>('MATCH ()-[r:PART_OF {id: "000-part-of-ban-dan-van-tinh-uy"}]->() RETURN r.inferred AS inferred, r.sourceIds AS sources');
      assert.deepEqual(link, { inferred: true, sources: ['src-000-tong-ket-dvcq-2020', 'src-003-so-ket-dvcq-dong-thap-2022'] });
    });
  });

  describe('001: briefing of the Mekong Delta cluster, first half of 2020', () => {
    const ev = 'ev-dbscl-giao-ban-dan-van-6-thang-2020';

    it('is a briefing dated only by its year, not by the page date, with no organiser recorded', async () => {
      assert.deepEqual(await event(ev), { kind: 'BRIEFING', date: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31', online: null, inferred: true });
      assert.deepEqual(await organisers(ev), []);
      const s = await source('src-001-giao-ban-dan-van-dbscl-2020');
      assert.deepEqual([s.publisher, s.publishedAt, s.pageDate, s.url, s.publishedBy], ['Báo Đồng Tháp', null, '2024-06-21', null, ['org-bao-dong-thap']]);
    });

    it('has Nguyễn Tôn Hoàng speak as Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp and Bùi Tuấn Quang conclude without a title', async () => {
      assert.deepEqual(await participants(ev, 'SPOKE'), [
        { person: 'Nguyễn Tôn Hoàng', titleAtEvent: 'Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp', bridgePoint: null, bridgePointPlaceId: null },
      ]);
      assert.deepEqual(await participants(ev, 'CONCLUDED'), [{ person: 'Bùi Tuấn Quang', titleAtEvent: null, bridgePoint: null, bridgePointPlaceId: null }]);
      assert.deepEqual(await observations(ev), ['Nguyễn Tôn Hoàng | Phó Bí thư Thường trực | Tỉnh ủy Đồng Tháp | Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp | 2020 (YEAR)']);
      const [quang] = await rows<{ roles: number }>('MATCH (p:Person {id: "per-bui-tuan-quang"}) RETURN COUNT { (p)-[:HAS_ROLE]->() } AS roles');
      assert.equal(quang!.roles, 0);
    });

    it('presents "Tổ nhân dân tự quản" and Hội quán as Đồng Tháp models', async () => {
      const presented = await rows<{ model: string; by: string; adoptedIn: string[]; origin: string[] }>(
        `MATCH (m:Model)-[r:PRESENTED_AT]->(:Event {id: $ev})
         MATCH (by:Person {id: r.presentedById})
         RETURN m.name AS model, by.name AS by, [(m)-[:ADOPTED_IN]->(p) | p.id] AS adoptedIn,
                [(m)-[o:ORIGINATED_IN]->(p) WHERE o.inferred | p.id] AS origin
         ORDER BY model`,
        { ev },
      );
      assert.deepEqual(presented, [
        { model: 'Hội quán', by: 'Nguyễn Tôn Hoàng', adoptedIn: ['pl-dong-thap'], origin: ['pl-dong-thap'] },
        { model: 'Tổ nhân dân tự quản', by: 'Nguyễn Tôn Hoàng', adoptedIn: ['pl-dong-thap'], origin: [] },
      ]);
    });

    it('records the organisations represented, the boards of the region\'s provinces as one collective', async () => {
      const attended = await rows<{ id: string; collective: boolean | null; members: number | null; inferred: boolean | null; place: string[] }>(
        `MATCH (o:Organization)-[r:ATTENDED]->(:Event {id: $ev})
         RETURN o.id AS id, o.collective AS collective, o.memberCount AS members, r.inferred AS inferred, [(o)-[:LOCATED_IN]->(p) | p.id] AS place ORDER BY id`,
        { ev },
      );
      assert.deepEqual(attended, [
        // "lãnh đạo Ban Dân vận các Tỉnh ủy, Thành ủy khu vực ĐBSCL": which ones, and how many, the article does not say.
        { id: 'org-ban-dan-van-cac-tinh-uy-thanh-uy-dbscl', collective: true, members: null, inferred: null, place: ['pl-dong-bang-song-cuu-long'] },
        { id: 'org-co-quan-thuong-truc-ban-dan-van-trung-uong-tphcm', collective: null, members: null, inferred: null, place: ['pl-tp-ho-chi-minh'] },
        // "lãnh đạo UBND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các sở, ban, ngành tỉnh Đồng Tháp": the province closes the list.
        { id: 'org-ubmttq-tinh-dong-thap', collective: null, members: null, inferred: true, place: ['pl-dong-thap'] },
        { id: 'org-ubnd-tinh-dong-thap', collective: null, members: null, inferred: true, place: ['pl-dong-thap'] },
      ]);
    });

    it('reviewed the half-year of the theme "Năm Dân vận khéo 2020"', async () => {
      const campaigns = await rows<{ id: string }>('MATCH (c:Campaign)-[:REVIEWED_AT]->(:Event {id: $ev}) RETURN c.id AS id', { ev });
      assert.deepEqual(campaigns, [{ id: 'cmp-nam-dan-van-kheo-2020' }]);
    });

    it('describes Hội quán and "Tổ nhân dân tự quản" only as the article presents them', async () => {
      const models = await rows<{ description: string }>('MATCH (m:Model) RETURN m.description AS description ORDER BY m.id');
      assert.equal(models.length, 2);
      for (const m of models) assert.match(m.description, /mô hình hiệu quả trong công tác dân vận của tỉnh Đồng Tháp được giới\s+thiệu tại buổi giao ban/);
    });

    it('links "Năm Dân vận khéo 2020" to Chỉ thị 05-CT/TW of 15/5/2016 of the Bộ Chính trị, about Hồ Chí Minh', async () => {
      const [doc] = await rows<{ number: string; issuedAt: string; precision: string; issuer: string[]; about: string[]; campaigns: string[] }>(
        `MATCH (d:Document {id: "doc-chi-thi-05-ct-tw"})
         RETURN d.number AS number, d.issuedAt AS issuedAt, d.issuedAtPrecision AS precision, [(o)-[:ISSUED]->(d) | o.name] AS issuer,
                [(d)-[:ABOUT]->(p) | p.name] AS about, [(c)-[:IMPLEMENTS]->(d) | c.id] AS campaigns`,
      );
      assert.deepEqual(doc, { number: '05-CT/TW', issuedAt: '2016-05-15', precision: 'DAY', issuer: ['Bộ Chính trị'], about: ['Hồ Chí Minh'], campaigns: ['cmp-nam-dan-van-kheo-2020'] });
    });

    it('keeps the congresses of the 2020–2025 term as one event dated by the year', async () => {
      assert.deepEqual(await event('ev-dai-hoi-dang-cac-cap-2020-2025'), { kind: 'CONGRESS', date: '2020', precision: 'YEAR', from: '2020-01-01', to: '2020-12-31', online: null, inferred: true });
    });
  });

  describe('002: national online review of mass mobilisation work and "Năm dân vận chính quyền" 2019 (09/01/2020)', () => {
    const ev = 'ev-toan-quoc-tong-ket-dan-van-2019';

    it('was organised online by the Ban Dân vận Trung ương and the Ban cán sự đảng Chính phủ on 09/01/2020', async () => {
      assert.deepEqual(await event(ev), { kind: 'REVIEW_CONFERENCE', date: '2020-01-09', precision: 'DAY', from: '2020-01-09', to: '2020-01-09', online: true, inferred: null });
      assert.deepEqual(await organisers(ev), ['org-ban-can-su-dang-chinh-phu', 'org-ban-dan-van-trung-uong']);
    });

    it('was co-chaired at the central bridge point by three leaders, chaired in Bình Thuận by Nguyễn Đức Hòa', async () => {
      const co = await participants(ev, 'CO_CHAIRED');
      assert.deepEqual(co.map((p) => `${p.person} @ ${p.bridgePoint}`), ['Nguyễn Xuân Phúc @ Trung ương', 'Trương Hòa Bình @ Trung ương', 'Trương Thị Mai @ Trung ương']);
      assert.deepEqual(await participants(ev, 'CHAIRED'), [
        { person: 'Nguyễn Đức Hòa', titleAtEvent: 'Tỉnh ủy viên - Phó Chủ tịch UBND tỉnh', bridgePoint: 'tỉnh Bình Thuận', bridgePointPlaceId: 'pl-binh-thuan' },
      ]);
      assert.deepEqual((await participants(ev, 'DIRECTED')).map((p) => p.person), ['Nguyễn Xuân Phúc']);
      assert.deepEqual((await participants(ev, 'CONCLUDED')).map((p) => p.person), ['Trương Thị Mai']);
    });

    it('records each title as its own observation', async () => {
      assert.deepEqual(await observations(ev), [
        'Nguyễn Xuân Phúc | Thủ tướng | Chính phủ | Thủ tướng Chính phủ | 2020-01-09 (DAY)',
        'Nguyễn Đức Hòa | Phó Chủ tịch | Ủy ban nhân dân tỉnh Bình Thuận | Phó Chủ tịch UBND tỉnh | 2020-01-09 (DAY)',
        'Nguyễn Đức Hòa | Ủy viên | Tỉnh ủy Bình Thuận | Tỉnh ủy viên | 2020-01-09 (DAY)',
        'Trương Hòa Bình | Phó Thủ tướng Thường trực | Chính phủ | Phó Thủ tướng Thường trực Chính phủ | 2020-01-09 (DAY)',
        'Trương Hòa Bình | Ủy viên | Bộ Chính trị | Ủy viên Bộ Chính trị | 2020-01-09 (DAY)',
        'Trương Thị Mai | Bí thư Trung ương Đảng | Ban Bí thư | Bí thư Trung ương Đảng | 2020-01-09 (DAY)',
        'Trương Thị Mai | Trưởng Ban | Ban Dân vận Trung ương | Trưởng Ban Dân vận Trung ương | 2020-01-09 (DAY)',
        'Trương Thị Mai | Ủy viên | Bộ Chính trị | Ủy viên Bộ Chính trị | 2020-01-09 (DAY)',
      ]);
    });

    it('reviewed "Năm dân vận chính quyền" 2019 and names the two bodies\' program without a period', async () => {
      const [campaign] = await rows<{ kind: string; year: number; reviewedAt: string[] }>(
        'MATCH (c:Campaign {id: "cmp-nam-dan-van-chinh-quyen-2019"}) RETURN c.kind AS kind, c.year AS year, [(c)-[:REVIEWED_AT]->(e) | e.id] AS reviewedAt',
      );
      assert.deepEqual(campaign, { kind: 'THEMED_YEAR', year: 2019, reviewedAt: [ev] });
      assert.deepEqual(await parties('pr-ban-dan-van-trung-uong-bcsd-chinh-phu'), ['org-ban-can-su-dang-chinh-phu', 'org-ban-dan-van-trung-uong']);
      const p = await program('pr-ban-dan-van-trung-uong-bcsd-chinh-phu');
      assert.deepEqual([p.startYear, p.endYear], [null, null]);
    });

    it('keeps QĐ 217 and 218 from the page menu, with what the page does not say marked inferred', async () => {
      const docs = await rows<{ number: string; issuedAt: string; precision: string; inferred: boolean; issuedBy: string[] }>(
        `MATCH (d:Document) WHERE d.id IN ["doc-quyet-dinh-217-qd-tw", "doc-quyet-dinh-218-qd-tw"]
         RETURN d.number AS number, d.issuedAt AS issuedAt, d.issuedAtPrecision AS precision, d.inferred AS inferred,
                [(o)-[r:ISSUED]->(d) WHERE r.inferred | o.id] AS issuedBy
         ORDER BY number`,
      );
      assert.deepEqual(docs, [
        { number: '217-QĐ/TW', issuedAt: '2013', precision: 'YEAR', inferred: true, issuedBy: ['org-bo-chinh-tri'] },
        { number: '218-QĐ/TW', issuedAt: '2013', precision: 'YEAR', inferred: true, issuedBy: ['org-bo-chinh-tri'] },
      ]);
    });

    it('was relayed online to all 10 district-level Party committees of Bình Thuận, a collective attending from 10 bridge points', async () => {
      const [relayed] = await rows<{ name: string; collective: boolean; members: number; level: string; bridgePoints: number; type: string; inferred: boolean; place: string[] }>(
        `MATCH (o:Organization)-[r:ATTENDED]->(:Event {id: $ev})
         RETURN o.name AS name, o.collective AS collective, o.memberCount AS members, o.level AS level, r.bridgePoints AS bridgePoints,
                valueType(r.bridgePoints) AS type, r.inferred AS inferred, [(o)-[:LOCATED_IN]->(p) | p.id] AS place`,
        { ev },
      );
      assert.deepEqual(relayed, {
        name: 'Các huyện ủy, thị ủy, thành ủy tỉnh Bình Thuận',
        collective: true,
        members: 10,
        level: 'DISTRICT',
        bridgePoints: 10,
        type: 'INTEGER NOT NULL',
        // The sentence does not repeat the province: it is the "điểm cầu tỉnh Bình Thuận" before it.
        inferred: true,
        place: ['pl-binh-thuan'],
      });
    });

    it('was found at its address on the site of the Ban Dân vận Tỉnh ủy Bình Thuận, undated', async () => {
      const s = await source('src-002-tong-ket-dan-van-toan-quoc-2019');
      assert.deepEqual([s.publisher, s.url, s.publishedAt, s.author], ['Ban Dân vận Tỉnh ủy Bình Thuận', 'http://bdvtu.binhthuan.dcs.vn/Trang-ch%E1%BB%A7/20202/201420', null, null]);
    });
  });

  describe('003: Đồng Tháp interim review of 2022 (30/3/2023)', () => {
    const ev = 'ev-dong-thap-so-ket-dvcq-2022';

    it('is an interim review on 30/3/2023 organised by the Ban Cán sự đảng UBND tỉnh and the Ban Dân vận Tỉnh ủy, with no chair named', async () => {
      assert.deepEqual(await event(ev), { kind: 'INTERIM_REVIEW', date: '2023-03-30', precision: 'DAY', from: '2023-03-30', to: '2023-03-30', online: null, inferred: true });
      assert.deepEqual(await organisers(ev), ['org-ban-can-su-dang-ubnd-tinh-dong-thap', 'org-ban-dan-van-tinh-uy-dong-thap']);
      assert.deepEqual([...(await participants(ev, 'CHAIRED')), ...(await participants(ev, 'CO_CHAIRED'))], []);
      const s = await source('src-003-so-ket-dvcq-dong-thap-2022');
      assert.deepEqual([s.publishedAt, s.authoredBy], ['2023-03-30', ['Văn Khương']]);
    });

    it('records Phạm Thiện Nghĩa\'s three titles and Lê Thành Công\'s two', async () => {
      assert.deepEqual(await observations(ev), [
        'Lê Thành Công | Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | 2023-03-30 (DAY)',
        'Lê Thành Công | Trưởng Ban | Ban Dân vận Tỉnh ủy Đồng Tháp | Trưởng Ban Dân vận Tỉnh ủy | 2023-03-30 (DAY)',
        'Phạm Thiện Nghĩa | Bí thư | Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Tháp | Bí thư Ban Cán sự đảng | 2023-03-30 (DAY)',
        'Phạm Thiện Nghĩa | Chủ tịch | Ủy ban nhân dân tỉnh Đồng Tháp | Chủ tịch Uỷ ban nhân dân tỉnh | 2023-03-30 (DAY)',
        'Phạm Thiện Nghĩa | Phó Bí thư | Tỉnh ủy Đồng Tháp | Phó Bí thư Tỉnh uỷ | 2023-03-30 (DAY)',
      ]);
      assert.deepEqual((await participants(ev, 'SPOKE')).map((p) => p.person), ['Phạm Thiện Nghĩa']);
    });

    it('had Phạm Thiện Nghĩa and Lê Thành Công sign the 2023 coordination plan of the two organising bodies', async () => {
      assert.deepEqual((await participants(ev, 'SIGNED')).map((p) => p.person), ['Lê Thành Công', 'Phạm Thiện Nghĩa']);
      const plan = await program('pr-dong-thap-ke-hoach-phoi-hop-2023');
      assert.deepEqual([plan.kind, plan.startYear, plan.endYear, plan.signedAt], ['COORDINATION_PLAN', 2023, 2023, [ev]]);
      assert.deepEqual(await parties('pr-dong-thap-ke-hoach-phoi-hop-2023'), ['org-ban-can-su-dang-ubnd-tinh-dong-thap', 'org-ban-dan-van-tinh-uy-dong-thap']);
    });

    it('has Phạm Thiện Nghĩa present certificates to 10 collectives and 15 individuals', async () => {
      const [award] = await rows<{ collectives: number; individuals: number; presentedBy: string[]; at: string[]; grantedBy: string[] }>(
        `MATCH (a:Award {id: "aw-dong-thap-bang-khen-dvcq-2022"})
         RETURN a.collectives AS collectives, a.individuals AS individuals, [(p)-[:PRESENTED]->(a) | p.name] AS presentedBy,
                [(a)-[:AWARDED_AT]->(e) | e.id] AS at, [(o)-[:GRANTED]->(a) | o.id] AS grantedBy`,
      );
      assert.deepEqual(award, { collectives: 10, individuals: 15, presentedBy: ['Phạm Thiện Nghĩa'], at: [ev], grantedBy: ['org-ubnd-tinh-dong-thap'] });
    });

    it('lets the role timeline span the two articles: Chủ tịch UBND tỉnh Đồng Tháp from 2021-03-24 to 2023-03-30', async () => {
      const [timeline] = await rows<{ firstSeen: string; lastSeen: string; sources: string[] }>(
        `MATCH (:Person {id: "per-pham-thien-nghia"})-[:HAS_ROLE]->(ro:RoleObservation {title: "Chủ tịch"})-[:IN_ORGANIZATION]->(:Organization {id: "org-ubnd-tinh-dong-thap"})
         WITH ro ORDER BY ro.observedAtFrom
         WITH collect(ro) AS obs
         RETURN toString(head(obs).observedAtFrom) AS firstSeen, toString(last(obs).observedAtTo) AS lastSeen,
                reduce(s = [], o IN obs | s + o.sourceIds) AS sources`,
      );
      assert.deepEqual(timeline, { firstSeen: '2021-03-24', lastSeen: '2023-03-30', sources: ['src-000-tong-ket-dvcq-2020', 'src-003-so-ket-dvcq-dong-thap-2022'] });
    });
  });

  describe('004: Phong Điền coordination programs (10/9/2021)', () => {
    const ev = 'ev-phong-dien-so-ket-phoi-hop-dan-van-2021';

    it('is an interim review on 10/9/2021 (year from the page date) organised by the Ban Dân vận Huyện ủy Phong Điền', async () => {
      assert.deepEqual(await event(ev), { kind: 'INTERIM_REVIEW', date: '2021-09-10', precision: 'DAY', from: '2021-09-10', to: '2021-09-10', online: null, inferred: true });
      assert.deepEqual(await organisers(ev), ['org-ban-dan-van-huyen-uy-phong-dien-thua-thien-hue']);
      const s = await source('src-004-phoi-hop-dan-van-phong-dien-2021');
      assert.deepEqual([s.pageDate, s.publishedAt, s.authoredBy], ['2021-09-11', null, ['Văn Bốn']]);
    });

    it('had Đoàn Kỳ Côi direct it, Trần Thị Diệu Minh attend and speak, Hoàng Văn Thái attend', async () => {
      assert.deepEqual((await participants(ev, 'DIRECTED')).map((p) => `${p.person}: ${p.titleAtEvent}`), ['Đoàn Kỳ Côi: Phó Bí thư Thường trực Huyện ủy']);
      assert.deepEqual((await participants(ev, 'ATTENDED')).map((p) => p.person), ['Hoàng Văn Thái', 'Trần Thị Diệu Minh']);
      assert.deepEqual((await participants(ev, 'SPOKE')).map((p) => p.person), ['Trần Thị Diệu Minh']);
      assert.deepEqual(await observations(ev), [
        'Hoàng Văn Thái | Phó Chủ tịch | Ủy ban nhân dân huyện Phong Điền | Phó Chủ tịch UBND huyện | 2021-09-10 (DAY)',
        'Hoàng Văn Thái | Ủy viên Ban Thường vụ | Huyện ủy Phong Điền | UVTV Huyện ủy | 2021-09-10 (DAY)',
        'Trần Thị Diệu Minh | Trưởng Ban | Ban Dân vận Huyện ủy Phong Điền | Trưởng Ban Dân vận Huyện ủy | 2021-09-10 (DAY)',
        'Trần Thị Diệu Minh | Ủy viên Ban Thường vụ | Huyện ủy Phong Điền | UVTV Huyện ủy | 2021-09-10 (DAY)',
        'Đoàn Kỳ Côi | Phó Bí thư Thường trực | Huyện ủy Phong Điền | Phó Bí thư Thường trực Huyện ủy | 2021-09-10 (DAY)',
      ]);
    });

    it('marks the year of "Sáng ngày 10/9" inferred on every observation, as on the event', async () => {
      const marks = await rows<{ id: string; inferred: boolean; note: string }>(
        'MATCH (ro:RoleObservation)-[:AT_EVENT]->(:Event {id: $ev}) RETURN ro.id AS id, ro.inferred AS inferred, ro.inferenceNote AS note ORDER BY id',
        { ev },
      );
      assert.equal(marks.length, 5);
      for (const m of marks) {
        assert.equal(m.inferred, true, m.id);
        assert.match(m.note, /"Sáng ngày 10\/9" mà không ghi năm; năm 2021 được lấy theo dòng "Ngày cập nhật 11\/09\/2021"/, m.id);
      }
    });

    it('signed the 2021–2025 program with five bodies and reviewed the 2017–2020 one', async () => {
      assert.deepEqual(await parties('pr-phong-dien-dan-van-2021-2025'), [
        'org-ban-chqs-huyen-phong-dien-thua-thien-hue',
        'org-ban-dan-van-huyen-uy-phong-dien-thua-thien-hue',
        'org-cong-an-huyen-phong-dien-thua-thien-hue',
        'org-don-bien-phong-phong-hai',
        'org-ubmttq-huyen-phong-dien-thua-thien-hue',
        'org-ubnd-huyen-phong-dien-thua-thien-hue',
      ]);
      const signed = await program('pr-phong-dien-dan-van-2021-2025');
      assert.deepEqual([signed.startYear, signed.endYear, signed.signedAt], [2021, 2025, [ev]]);
      // The event's description counts the bodies the Ban signed "with": five, the Ban itself not among them.
      const [described] = await rows<{ description: string }>('MATCH (e:Event {id: $ev}) RETURN e.description AS description', { ev });
      assert.match(described!.description, /với năm cơ quan, đơn vị\.$/);
      // The earlier program's other parties are only "các cơ quan liên quan": none is invented.
      assert.deepEqual(await parties('pr-phong-dien-dan-van-2017-2020'), ['org-ban-dan-van-huyen-uy-phong-dien-thua-thien-hue']);
      const reviewed = await program('pr-phong-dien-dan-van-2017-2020');
      assert.deepEqual([reviewed.startYear, reviewed.endYear, reviewed.reviewedAt], [2017, 2020, [ev]]);
    });

    it('places Phong Điền in Thừa Thiên Huế by inference, and Thừa Thiên Huế is succeeded by Huế on 1/1/2025', async () => {
      const [chain] = await rows<{ path: string[]; inferred: boolean[]; successor: string; date: string; validTo: string }>(
        `MATCH path = (:Place {id: "pl-phong-hai-thua-thien-hue"})-[:PART_OF*2]->(province:Place)
         MATCH (province)-[s:SUCCEEDED_BY]->(next:Place)
         RETURN [n IN nodes(path) | n.name] AS path, [r IN relationships(path) | r.inferred] AS inferred,
                next.name AS successor, s.date AS date, province.validTo AS validTo`,
      );
      assert.deepEqual(chain, { path: ['Phong Hải', 'Phong Điền', 'Thừa Thiên Huế'], inferred: [true, true], successor: 'Huế', date: '2025-01-01', validTo: '2024-12-31' });
      // Article 004 never names the province: Thừa Thiên Huế cites the resolution that does.
      const [province] = await rows<{ sources: string[] }>('MATCH (p:Place {id: "pl-thua-thien-hue"}) RETURN p.sourceIds AS sources');
      assert.deepEqual(province!.sources, ['src-nq-175-2024-qh15']);
    });
  });

  describe('the 2024–2025 place reorganisation (legal texts)', () => {
    it('records successors without rewriting history', async () => {
      const successions = await rows<{ from: string; to: string; date: string; kind: string; source: string[] }>(
        `MATCH (a:Place)-[s:SUCCEEDED_BY]->(b:Place)
         RETURN a.id AS from, b.id AS to, s.date AS date, s.kind AS kind, s.sourceIds AS source ORDER BY from`,
      );
      assert.deepEqual(successions, [
        { from: 'pl-binh-thuan', to: 'pl-lam-dong-2025', date: '2025-07-01', kind: 'MERGED_INTO', source: ['src-nq-202-2025-qh15'] },
        { from: 'pl-dong-thap', to: 'pl-dong-thap-2025', date: '2025-07-01', kind: 'MERGED_INTO', source: ['src-nq-202-2025-qh15'] },
        { from: 'pl-phong-hai-thua-thien-hue', to: 'pl-phong-quang-hue', date: '2025-07-01', kind: 'MERGED_INTO', source: ['src-thanhnien-phuong-phong-quang-2025'] },
        { from: 'pl-thua-thien-hue', to: 'pl-hue', date: '2025-01-01', kind: 'RENAMED_TO', source: ['src-nq-175-2024-qh15'] },
        { from: 'pl-tp-ho-chi-minh', to: 'pl-tp-ho-chi-minh-2025', date: '2025-07-01', kind: 'MERGED_INTO', source: ['src-nq-202-2025-qh15'] },
      ]);
      const districts = await rows<{ id: string; validTo: string }>('MATCH (p:Place {kind: "DISTRICT"}) RETURN p.id AS id, toString(p.validToTo) AS validTo ORDER BY id');
      assert.deepEqual(districts, [
        { id: 'pl-chau-thanh-dong-thap', validTo: '2025-06-30' },
        { id: 'pl-phong-dien-thua-thien-hue', validTo: '2025-06-30' },
      ]);
      // The 2021 conference stays in the Đồng Tháp of 2021.
      const [held] = await rows<{ place: string }>('MATCH (:Event {id: "ev-dong-thap-tong-ket-dvcq-2020"})-[:HELD_IN]->(p) RETURN p.id AS place');
      assert.equal(held!.place, 'pl-dong-thap');
    });
  });

  describe('the 2025 reorganisation of the organisations (decisions and news reports)', () => {
    it('records each succession between two organisations, dated, typed and cited', async () => {
      const successions = await rows<{ line: string }>(
        `MATCH (a)-[s:SUCCEEDED_BY]->(b) WHERE a:Organization OR b:Organization
         RETURN a.id + " " + s.kind + " " + b.id + " on " + s.date + " (" + s.datePrecision + ", " + toString(s.dateFrom) + ")"
                + CASE WHEN s.inferred THEN " inferred" ELSE "" END + " [" + reduce(t = "", x IN s.sourceIds | t + x + " ") + "]" AS line
         ORDER BY line`,
      );
      assert.deepEqual(successions.map((r) => r.line), [
        'org-ban-dan-van-tinh-uy-dong-thap MERGED_INTO org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap on 2025-02-03 (DAY, 2025-02-03) [src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025 ]',
        'org-ban-dan-van-trung-uong MERGED_INTO org-ban-tuyen-giao-va-dan-van-trung-uong on 2025-02-03 (DAY, 2025-02-03) inferred [src-znews-ban-tuyen-giao-dan-van-trung-uong-2025 ]',
        'org-ban-tuyen-giao-tinh-uy-dong-thap MERGED_INTO org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap on 2025-02-03 (DAY, 2025-02-03) [src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025 ]',
        'org-ban-tuyen-giao-trung-uong MERGED_INTO org-ban-tuyen-giao-va-dan-van-trung-uong on 2025-02-03 (DAY, 2025-02-03) inferred [src-znews-ban-tuyen-giao-dan-van-trung-uong-2025 ]',
        'org-huyen-uy-phong-dien-thua-thien-hue RENAMED_TO org-thi-uy-phong-dien-hue on 2025-01-01 (DAY, 2025-01-01) inferred [src-nhandan-dang-bo-truc-thuoc-thanh-pho-hue-2024 ]',
        'org-tinh-uy-binh-thuan MERGED_INTO org-tinh-uy-lam-dong-2025 on 2025-07-01 (DAY, 2025-07-01) inferred [src-cafef-dang-bo-tinh-thanh-moi-2025 src-nq-202-2025-qh15 ]',
        'org-tinh-uy-dong-thap MERGED_INTO org-tinh-uy-dong-thap-2025 on 2025-07-01 (DAY, 2025-07-01) [src-cafef-dang-bo-tinh-thanh-moi-2025 ]',
        'org-ubnd-tinh-binh-thuan MERGED_INTO org-ubnd-tinh-lam-dong-2025 on 2025-07-01 (DAY, 2025-07-01) inferred [src-nq-202-2025-qh15 ]',
        'org-ubnd-tinh-dong-thap MERGED_INTO org-ubnd-tinh-dong-thap-2025 on 2025-07-01 (DAY, 2025-07-01) inferred [src-nq-202-2025-qh15 ]',
      ]);
    });

    it('keeps the Ban Dân vận of the articles as it was, and follows it to the merged board', async () => {
      const [chain] = await rows<{ board: string; party: string; place: string; next: string; nextParty: string; nextPlace: string; validFrom: string }>(
        `MATCH (b:Organization {id: "org-ban-dan-van-tinh-uy-dong-thap"})-[:PART_OF]->(p), (b)-[:LOCATED_IN]->(pl)
         MATCH (b)-[:SUCCEEDED_BY]->(n)-[:PART_OF]->(np), (n)-[:LOCATED_IN]->(npl)
         RETURN b.name AS board, p.id AS party, pl.id AS place, n.name AS next, np.id AS nextParty, npl.id AS nextPlace, toString(n.validFromFrom) AS validFrom`,
      );
      assert.deepEqual(chain, {
        board: 'Ban Dân vận Tỉnh ủy Đồng Tháp',
        party: 'org-tinh-uy-dong-thap',
        place: 'pl-dong-thap',
        next: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp',
        nextParty: 'org-tinh-uy-dong-thap',
        nextPlace: 'pl-dong-thap',
        validFrom: '2025-02-03',
      });
      // The board's role observations of 2021 and 2023 stay with the board of the time.
      const [held] = await rows<{ count: number }>('MATCH (:RoleObservation)-[:IN_ORGANIZATION]->(:Organization {id: "org-ban-tuyen-giao-va-dan-van-tinh-uy-dong-thap"}) RETURN count(*) AS count');
      assert.equal(held!.count, 0);
    });

    it('places the new provincial bodies in the provinces of 1/7/2025', async () => {
      const located = await rows<{ org: string; place: string; validFrom: string }>(
        `MATCH (o:Organization)-[:LOCATED_IN]->(p:Place) WHERE o.validFrom = "2025-07-01"
         RETURN o.id AS org, p.id AS place, o.validFrom AS validFrom ORDER BY org`,
      );
      assert.deepEqual(located, [
        { org: 'org-tinh-uy-dong-thap-2025', place: 'pl-dong-thap-2025', validFrom: '2025-07-01' },
        { org: 'org-tinh-uy-lam-dong-2025', place: 'pl-lam-dong-2025', validFrom: '2025-07-01' },
        { org: 'org-ubnd-tinh-dong-thap-2025', place: 'pl-dong-thap-2025', validFrom: '2025-07-01' },
        { org: 'org-ubnd-tinh-lam-dong-2025', place: 'pl-lam-dong-2025', validFrom: '2025-07-01' },
      ]);
    });

    it('ends the district bodies without a successor on 30/6/2025, with the range of that day', async () => {
      const ended = await rows<{ id: string; validTo: string; precision: string; from: string; to: string; successors: number }>(
        `MATCH (o:Organization) WHERE o.validTo IS NOT NULL
         RETURN o.id AS id, o.validTo AS validTo, o.validToPrecision AS precision, toString(o.validToFrom) AS from, toString(o.validToTo) AS to,
                COUNT { (o)-[:SUCCEEDED_BY]->() } AS successors
         ORDER BY id`,
      );
      const day = { validTo: '2025-06-30', precision: 'DAY', from: '2025-06-30', to: '2025-06-30', successors: 0 };
      assert.deepEqual(ended, [
        { id: 'org-huyen-uy-chau-thanh-dong-thap', ...day },
        { id: 'org-thi-uy-phong-dien-hue', ...day },
        { id: 'org-ubnd-huyen-chau-thanh-dong-thap', ...day },
      ]);
    });

    it('gives every web source its address', async () => {
      const sources = await rows<{ id: string; url: string }>('MATCH (s:Source) WHERE s.url IS NOT NULL RETURN s.id AS id, s.url AS url ORDER BY id');
      assert.deepEqual(sources.map((x) => [x.id, new URL(x.url).hostname]), [
        // Article 002, the one archived article whose page was found (decision 019).
        ['src-002-tong-ket-dan-van-toan-quoc-2019', 'bdvtu.binhthuan.dcs.vn'],
        ['src-cafef-dang-bo-tinh-thanh-moi-2025', 'cafef.vn'],
        ['src-danviet-tien-giang-dong-thap-2025', 'danviet.vn'],
        ['src-nhandan-ban-tuyen-giao-dan-van-tinh-uy-dong-thap-2025', 'www.yousportnews.co'],
        ['src-nhandan-dang-bo-truc-thuoc-thanh-pho-hue-2024', 'nhandan.vn'],
        ['src-nongnghiepmoitruong-dang-bo-truc-thuoc-trung-uong-2025', 'nongnghiepmoitruong.vn'],
        ['src-thanhnien-phuong-phong-quang-2025', 'thanhnien.vn'],
        ['src-znews-ban-tuyen-giao-dan-van-trung-uong-2025', 'znews.vn'],
      ]);
    });
  });
});
