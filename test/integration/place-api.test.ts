// Places, and the sources, documents and awards around them, through the API
// against the seeded database: the contract's PlaceDetail with values from the
// registry (Đồng Tháp, its region, its district, its successor after the 2025
// merger), validity, the `places` list, nested connections batched per level.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { Executor } from '../../api/db/executor.js';
import { folded } from '../../api/db/place/place-scope.js';
import { foldVietnamese } from '../../model/text.js';
import { toGlobalId } from '../../api/graphql/global-id.js';
import { CONTRACT_FILE } from '../../api/paths.js';
import { CountingObserver, testNeo4jSettings } from '../helpers/database.js';
import { seededApi } from '../helpers/seeded-api.js';

const CONTRACT = readFileSync(CONTRACT_FILE, 'utf8');

interface Named {
  id: string;
  name: string;
}

interface PlaceDetail {
  node: (Named & { __typename: string; kind: string; parent: Named | null; children: Named[] }) | null;
}

interface PlacePage {
  places: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Named & { kind: string } }[] };
}

const PLACES = `query Places($filter: PlaceFilter, $orderBy: PlaceOrderBy, $first: Int, $after: String) {
  places(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind } }
  }
}`;

const id = (label: string, slug: string) => toGlobalId(label, slug);

/**
 * Counts every round trip of the requests it serves: an executor's own observer
 * is kept by the copies made from it (per request, behind the breaker) beside theirs.
 */
const countedExecutor = (driver: Driver, counter: CountingObserver) =>
  new Executor(driver, { database: testNeo4jSettings().database, transactionTimeoutMs: 30_000, observer: counter });

describe('places, sources, documents and awards through the API', () => {
  const counter = new CountingObserver();
  const api = seededApi({ serveWith: (driver) => countedExecutor(driver, counter) });
  const query = <T>(text: string, variables: Record<string, unknown> = {}, operationName?: string) => api.data<T>(text, variables, operationName);

  it('PlaceDetail: Đồng Tháp, a province of the ĐBSCL region, with its district Châu Thành', async () => {
    const { node } = await query<PlaceDetail>(CONTRACT, { id: id('Place', 'pl-dong-thap') }, 'PlaceDetail');
    assert.deepEqual(node, {
      __typename: 'Place',
      id: id('Place', 'pl-dong-thap'),
      name: 'Đồng Tháp',
      kind: 'PROVINCE',
      parent: { id: id('Place', 'pl-dong-bang-song-cuu-long'), name: 'Đồng bằng sông Cửu Long' },
      children: [{ id: id('Place', 'pl-chau-thanh-dong-thap'), name: 'Châu Thành' }],
    });
  });

  it('PlaceDetail: Việt Nam has no parent', async () => {
    const { node } = await query<PlaceDetail>(CONTRACT, { id: id('Place', 'pl-viet-nam') }, 'PlaceDetail');
    assert.equal(node?.kind, 'COUNTRY');
    assert.equal(node?.parent, null);
    assert.ok(node?.children.some((c) => c.name === 'Đồng bằng sông Cửu Long'));
  });

  it('keeps the Đồng Tháp of 2021 and links it to the Đồng Tháp formed on 1/7/2025', async () => {
    const data = await query<{
      old: {
        validTo: string;
        validToPartial: { precision: string };
        validFrom: string | null;
        ancestors: Named[];
        successors: { place: Named; date: string; datePartial: { text: string }; note: string; sources: { id: string }[]; inferred: boolean }[];
        predecessors: unknown[];
        childrenThen: Named[];
        childrenAfter: Named[];
      };
      merged: { validFrom: string; ancestors: Named[]; predecessors: { place: Named; date: string }[]; successors: unknown[] };
    }>(
      `query($old: ID!, $merged: ID!) {
        old: node(id: $old) { ... on Place {
          validTo validToPartial { precision } validFrom ancestors { id name }
          successors { place { id name } date datePartial { text } note sources { id } inferred }
          predecessors { date }
          childrenThen: children(validAt: "2021-03-24") { id name }
          childrenAfter: children(validAt: "2025-08-01") { id name }
        } }
        merged: node(id: $merged) { ... on Place { validFrom ancestors { id name } predecessors { place { id name } date } successors { date } } }
      }`,
      { old: id('Place', 'pl-dong-thap'), merged: id('Place', 'pl-dong-thap-2025') },
    );
    assert.equal(data.old.validTo, '2025-06-30');
    assert.equal(data.old.validToPartial.precision, 'DAY');
    assert.equal(data.old.validFrom, null);
    assert.deepEqual(data.old.ancestors.map((a) => a.name), ['Đồng bằng sông Cửu Long', 'Việt Nam']);
    assert.equal(data.old.successors.length, 1);
    const successor = data.old.successors[0]!;
    assert.equal(successor.place.id, id('Place', 'pl-dong-thap-2025'));
    assert.equal(successor.date, '2025-07-01');
    assert.equal(successor.datePartial.text, '2025-07-01');
    assert.match(successor.note, /Tiền Giang/);
    assert.deepEqual(successor.sources.map((s) => s.id), [id('Source', 'src-nq-202-2025-qh15')]);
    assert.equal(successor.inferred, false);
    assert.deepEqual(data.old.predecessors, []);
    assert.deepEqual(data.old.childrenThen.map((c) => c.name), ['Châu Thành']);
    assert.deepEqual(data.old.childrenAfter, []);
    assert.equal(data.merged.validFrom, '2025-07-01');
    // The merged province lies in the region of the provinces it was made from (seed/facts/908).
    assert.deepEqual(data.merged.ancestors.map((a) => a.name), ['Đồng bằng sông Cửu Long', 'Việt Nam']);
    assert.deepEqual(data.merged.predecessors, [{ place: { id: id('Place', 'pl-dong-thap'), name: 'Đồng Tháp' }, date: '2025-07-01' }]);
    assert.deepEqual(data.merged.successors, []);
  });

  it('lists places by name, text matching names and aliases only, ignoring diacritics', async () => {
    const dongThap = await query<PlacePage>(PLACES, { filter: { text: 'dong thap' } });
    // Both Đồng Tháps; not Châu Thành, whose description only mentions the province.
    assert.deepEqual(dongThap.places.edges.map((e) => e.node.id).sort(), [id('Place', 'pl-dong-thap'), id('Place', 'pl-dong-thap-2025')].sort());
    const byAlias = await query<PlacePage>(PLACES, { filter: { text: 'DBSCL' } });
    assert.deepEqual(byAlias.places.edges.map((e) => e.node.name), ['Đồng bằng sông Cửu Long']);
    const provincesNow = await query<PlacePage>(PLACES, { filter: { kinds: ['PROVINCE'], validAt: '2025-08-01' } });
    assert.deepEqual(provincesNow.places.edges.map((e) => e.node.id).sort(), [id('Place', 'pl-dong-thap-2025'), id('Place', 'pl-lam-dong-2025')].sort());
    const insideRegion = await query<PlacePage>(PLACES, { filter: { within: id('Place', 'pl-dong-bang-song-cuu-long') } });
    assert.deepEqual(insideRegion.places.edges.map((e) => e.node.id), [id('Place', 'pl-chau-thanh-dong-thap'), id('Place', 'pl-dong-thap'), id('Place', 'pl-dong-thap-2025')]);
    const all = await query<PlacePage>(PLACES, { first: 100, orderBy: 'NAME_DESC' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: PlacePage = await query<PlacePage>(PLACES, { first: 3, after, orderBy: 'NAME_DESC' });
      seen.push(...page.places.edges.map((e) => e.node.id));
      if (!page.places.pageInfo.hasNextPage) break;
      after = page.places.pageInfo.endCursor;
    }
    assert.deepEqual(seen, all.places.edges.map((e) => e.node.id));
  });

  it('folds names in Cypher exactly as foldVietnamese does for the stored search text', async () => {
    const rows = await api.executor.read<{ name: string; folded: string }>(
      `MATCH (n) WHERE n:Place OR n:Organization OR n:Person OR n:Model RETURN n.name AS name, ${folded('n.name')} AS folded`,
    );
    assert.ok(rows.length > 20);
    for (const row of rows) assert.equal(row.folded, foldVietnamese(row.name), row.name);
  });

  it('gives the models, events and organisations of a place, with or without the places inside it', async () => {
    const data = await query<{
      node: {
        models: { totalCount: number; edges: { node: Named }[] };
        ownModels: { totalCount: number };
        events: { totalCount: number; edges: { node: Named & { date: string | null } }[] };
        organizations: { totalCount: number; edges: { node: Named }[] };
        allOrganizations: { totalCount: number; edges: { node: Named }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Place {
        models { totalCount edges { node { id name } } }
        ownModels: models(includeContained: false) { totalCount }
        events(orderBy: DATE_ASC) { totalCount edges { node { id name date } } }
        organizations { totalCount edges { node { id name } } }
        allOrganizations: organizations(includeContained: true, first: 100) { totalCount edges { node { id name } } }
      } } }`,
      { id: id('Place', 'pl-dong-bang-song-cuu-long') },
    );
    assert.deepEqual(data.node.models.edges.map((e) => e.node.name), ['Hội quán', 'Tổ nhân dân tự quản']);
    assert.equal(data.node.ownModels.totalCount, 0);
    assert.deepEqual(data.node.events.edges.map((e) => e.node.id), [
      id('Event', 'ev-dbscl-giao-ban-dan-van-6-thang-2020'),
      id('Event', 'ev-dong-thap-tong-ket-dvcq-2020'),
      id('Event', 'ev-dong-thap-so-ket-dvcq-2022'),
    ]);
    // Located in the region itself: only the collective of its provinces' Ban Dân vận (article 001).
    assert.deepEqual(data.node.organizations, {
      totalCount: 1,
      edges: [{ node: { id: id('Organization', 'org-ban-dan-van-cac-tinh-uy-thanh-uy-dbscl'), name: 'Ban Dân vận các Tỉnh ủy, Thành ủy khu vực đồng bằng sông Cửu Long' } }],
    });
    const orgNames = data.node.allOrganizations.edges.map((e) => e.node.name);
    assert.ok(orgNames.includes('Ban Dân vận Tỉnh ủy Đồng Tháp'));
    assert.ok(orgNames.includes('Ban Dân vận Huyện ủy Châu Thành'));
  });

  it('batches nested lists per level: a page of 50 places costs the round trips of a page of 3', async () => {
    const nested = `query($first: Int) { places(first: $first) { edges { node {
      parent { name } ancestors { name } children { name } successors { place { name } }
      models(first: 5) { totalCount edges { node { name originPlace { name } firstSeen } } }
      events(first: 5) { totalCount edges { node { name organizers { name } participants { person { name } } } } }
      organizations(first: 5) { totalCount }
      sources { title }
    } } } }`;
    // The first three places by name (Bình Thuận, Châu Thành, the ĐBSCL region) already reach every level.
    const before3 = counter.count;
    await query(nested, { first: 3 });
    const three = counter.queries.slice(before3);
    const before50 = counter.count;
    await query(nested, { first: 50 });
    const fifty = counter.queries.slice(before50);
    assert.ok(three.length > 0);
    assert.equal(fifty.length, three.length, fifty.join('\n---\n'));
  });

  it('refuses first above 100 with BAD_USER_INPUT, at the root and in a nested list', async () => {
    const root = await api.graphql(PLACES, { first: 101 });
    assert.equal(root.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const nested = await api.graphql(`query($id: ID!) { node(id: $id) { ... on Place { events(first: 101) { totalCount } } } }`, { id: id('Place', 'pl-viet-nam') });
    assert.equal(nested.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('gives a source, a document and an award with what they link to', async () => {
    const data = await query<{
      source: { kind: string; title: string; name: string; publisher: string | null; publishedBy: Named | null; author: string | null; publishedAt: string | null; pageDate: string | null; file: string | null; url: string | null; originNote: string | null; sources: unknown[]; inferred: boolean };
      found: { url: string | null; originNote: string | null; publisher: string | null };
      law: { kind: string; publishedAt: string; publishedAtPartial: { precision: string } };
      document: { kind: string; number: string; issuedAt: string; issuedBy: Named[]; campaigns: Named[] };
      award: { collectives: number; individuals: number; awardedAt: Named & { date: string }; presentedBy: Named[]; awardedFor: Named[] };
    }>(
      `query($s: ID!, $f: ID!, $l: ID!, $d: ID!, $a: ID!) {
        source: node(id: $s) { ... on Source { kind title name publisher publishedBy { id name } author publishedAt pageDate file url originNote sources { id } inferred } }
        found: node(id: $f) { ... on Source { url originNote publisher } }
        law: node(id: $l) { ... on Source { kind publishedAt publishedAtPartial { precision } } }
        document: node(id: $d) { ... on Document { kind number issuedAt issuedBy { id name } campaigns { id name } } }
        award: node(id: $a) { ... on Award { collectives individuals awardedAt { id name date } presentedBy { id name } awardedFor { id name } } }
      }`,
      {
        s: id('Source', 'src-001-giao-ban-dan-van-dbscl-2020'),
        f: id('Source', 'src-002-tong-ket-dan-van-toan-quoc-2019'),
        l: id('Source', 'src-nq-202-2025-qh15'),
        d: id('Document', 'doc-chi-thi-05-ct-tw'),
        a: id('Award', 'aw-dong-thap-bang-khen-dvcq-2022'),
      },
    );
    assert.equal(data.source.kind, 'ARTICLE');
    assert.equal(data.source.name, data.source.title);
    assert.equal(data.source.publisher, 'Báo Đồng Tháp');
    assert.equal(data.source.publishedBy?.name, 'Báo Đồng Tháp');
    assert.equal(data.source.author, null);
    assert.equal(data.source.publishedAt, null);
    assert.equal(data.source.pageDate, '2024-06-21');
    assert.equal(data.source.file, '001_244ef3244850cb36.txt');
    // No address was found for article 001; the note says what was searched, never a guess.
    assert.equal(data.source.url, null);
    assert.match(data.source.originNote!, /^Không tìm thấy địa chỉ gốc/);
    assert.equal(data.found.url, 'http://bdvtu.binhthuan.dcs.vn/Trang-ch%E1%BB%A7/20202/201420');
    assert.equal(data.found.publisher, 'Ban Dân vận Tỉnh ủy Bình Thuận');
    assert.match(data.found.originNote!, /bdvtu\.binhthuan\.dcs\.vn/);
    assert.deepEqual(data.source.sources, []);
    assert.equal(data.source.inferred, false);
    assert.deepEqual(data.law, { kind: 'LEGAL_TEXT', publishedAt: '2025-06-12', publishedAtPartial: { precision: 'DAY' } });
    assert.equal(data.document.kind, 'DIRECTIVE');
    assert.equal(data.document.number, '05-CT/TW');
    assert.equal(data.document.issuedAt, '2016-05-15');
    assert.deepEqual(data.document.issuedBy.map((o) => o.name), ['Bộ Chính trị']);
    assert.deepEqual(data.document.campaigns.map((c) => c.id), [id('Campaign', 'cmp-nam-dan-van-kheo-2020')]);
    assert.equal(data.award.collectives, 10);
    assert.equal(data.award.individuals, 15);
    assert.equal(data.award.awardedAt.date, '2023-03-30');
    assert.deepEqual(data.award.presentedBy.map((p) => p.name), ['Phạm Thiện Nghĩa']);
  });
});
