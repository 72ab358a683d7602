import { entity, relation, type GraphFact } from './graph-records.js';
import type { FactKind } from './fact-kind.js';
import { CENTRAL_PAPERS, LEGAL, orgId, type PlaceInfo, type World } from './world.js';
import { MERGER_DATE, LAST_DAY_BEFORE_MERGER, PROVINCE_UNITS, REGIONS, SUCCESSIONS, unitAt, UNITS_AFTER_2025 } from './vietnam-provinces.js';

/**
 * Places (country → region → province-level unit → district → commune, old and
 * new), the organisations of each place on the Party / State / Front grid, and
 * the legal texts the places rest on.
 */
const communeResolution = (k: number) => `src-nq-sap-xep-xa-${PROVINCE_UNITS[UNITS_AFTER_2025[k]!]!.slug}-2025`;

const CENTRAL_ORGS: ReadonlyArray<{ id: string; name: string; kind: string; line: string; aliases?: string[]; level?: string }> = [
  { id: 'org-bo-chinh-tri', name: 'Bộ Chính trị', kind: 'POLITBURO', line: 'PARTY', level: 'CENTRAL' },
  { id: 'org-ban-bi-thu', name: 'Ban Bí thư', kind: 'SECRETARIAT', line: 'PARTY', level: 'CENTRAL' },
  { id: 'org-ban-dan-van-trung-uong', name: 'Ban Dân vận Trung ương', kind: 'PARTY_BOARD', line: 'PARTY', level: 'CENTRAL' },
  { id: 'org-chinh-phu', name: 'Chính phủ', kind: 'GOVERNMENT', line: 'STATE', level: 'CENTRAL' },
  { id: 'org-quoc-hoi', name: 'Quốc hội', kind: 'LEGISLATURE', line: 'STATE', level: 'CENTRAL' },
  { id: 'org-uy-ban-trung-uong-mttq-viet-nam', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'FRONT_COMMITTEE', line: 'FRONT', level: 'CENTRAL', aliases: ['UBTW MTTQ Việt Nam'] },
  { id: CENTRAL_PAPERS[0], name: 'Báo Nhân Dân', kind: 'NEWSPAPER', line: 'MEDIA' },
  { id: CENTRAL_PAPERS[1], name: 'Tạp chí Dân vận', kind: 'NEWSPAPER', line: 'MEDIA' },
  { id: CENTRAL_PAPERS[2], name: 'Báo Đại Đoàn Kết', kind: 'NEWSPAPER', line: 'MEDIA' },
];

const LEGAL_TEXTS: ReadonlyArray<{ id: string; title: string; publishedAt: string; issuer: string }> = [
  { id: LEGAL.adminUnitCodes, title: 'Quyết định 124/2004/QĐ-TTg ban hành danh mục và mã số các đơn vị hành chính Việt Nam', publishedAt: '2004-07-08', issuer: 'org-chinh-phu' },
  { id: LEGAL.hue, title: 'Nghị quyết 175/2024/QH15 về việc thành lập thành phố Huế trực thuộc trung ương', publishedAt: '2024-11-30', issuer: 'org-quoc-hoi' },
  { id: LEGAL.provinces2025, title: 'Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh', publishedAt: '2025-06-12', issuer: 'org-quoc-hoi' },
  { id: LEGAL.districtsEnd, title: 'Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp', publishedAt: '2025-06-16', issuer: 'org-quoc-hoi' },
];

function unitSources(u: number): string[] {
  const unit = PROVINCE_UNITS[u]!;
  if (unit.slug === 'hue') return [LEGAL.hue];
  if (unit.validFrom) return [LEGAL.provinces2025];
  if (unit.slug === 'thua-thien-hue') return [LEGAL.adminUnitCodes, LEGAL.hue];
  return unit.validTo ? [LEGAL.adminUnitCodes, LEGAL.provinces2025] : [LEGAL.adminUnitCodes];
}

/** Legal texts, and the country, regions and province-level units with their successions. */
export function topKind(world: World): FactKind {
  void world;
  const country = 'pl-viet-nam';
  return {
    name: 'country, regions and provinces',
    count: 1,
    produces: ['Source', 'Place', 'PART_OF', 'SUCCEEDED_BY', 'Organization', 'PUBLISHED'],
    facts() {
      const facts: GraphFact[] = [];
      for (const o of CENTRAL_ORGS) facts.push(entity('Organization', { id: o.id, name: o.name, kind: o.kind, line: o.line, level: o.level, aliases: o.aliases ?? [], sources: [LEGAL.adminUnitCodes] }));
      for (const t of LEGAL_TEXTS) {
        facts.push(entity('Source', { id: t.id, title: t.title, kind: 'LEGAL_TEXT', publishedAt: t.publishedAt }));
        facts.push(relation('Organization', 'Source', { id: `${t.id.slice(4)}-published`, type: 'PUBLISHED', from: t.issuer, to: t.id }, [t.id]));
      }
      UNITS_AFTER_2025.forEach((u, k) => {
        const id = communeResolution(k);
        const title = `Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của ${PROVINCE_UNITS[u]!.name} năm 2025`;
        facts.push(entity('Source', { id, title, kind: 'LEGAL_TEXT', publishedAt: '2025-06-16' }));
        facts.push(relation('Organization', 'Source', { id: `${id.slice(4)}-published`, type: 'PUBLISHED', from: 'org-quoc-hoi', to: id }, [id]));
      });
      facts.push(entity('Place', { id: country, kind: 'COUNTRY', name: 'Việt Nam', sources: [LEGAL.adminUnitCodes, LEGAL.provinces2025] }));
      REGIONS.forEach((r) => {
        facts.push(entity('Place', { id: `pl-${r.slug}`, kind: 'REGION', name: r.name, sources: [LEGAL.adminUnitCodes] }));
        facts.push(relation('Place', 'Place', { id: `pl-${r.slug}-part-of`, type: 'PART_OF', from: `pl-${r.slug}`, to: country }, [LEGAL.adminUnitCodes]));
      });
      PROVINCE_UNITS.forEach((unit, u) => {
        const id = `pl-${unit.slug}`;
        const sources = unitSources(u);
        facts.push(entity('Place', { id, kind: unit.municipality ? 'MUNICIPALITY' : 'PROVINCE', name: unit.name, validFrom: unit.validFrom, validTo: unit.validTo, sources }));
        facts.push(relation('Place', 'Place', { id: `${id}-part-of`, type: 'PART_OF', from: id, to: `pl-${REGIONS[unit.region]!.slug}` }, sources));
      });
      for (const [from, to, date, note] of SUCCESSIONS) {
        const a = `pl-${PROVINCE_UNITS[from]!.slug}`;
        const b = `pl-${PROVINCE_UNITS[to]!.slug}`;
        facts.push(relation('Place', 'Place', { id: `${a}-succeeded-by`, type: 'SUCCEEDED_BY', from: a, to: b, date, note }, [date === MERGER_DATE ? LEGAL.provinces2025 : LEGAL.hue]));
      }
      return facts;
    },
  };
}

type OrgSpec = { suffix: string; name: string; kind: string; line: string; aliases?: string[]; partOf?: string };

/** The organisations of a place, by level; `partyOf` is the party committee its own committee answers to. */
function organizationsOf(place: PlaceInfo, level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE', municipality: boolean): OrgSpec[] {
  const n = place.longName;
  if (level === 'PROVINCE') {
    const party = `${municipality ? 'Thành ủy' : 'Tỉnh ủy'} ${place.name}`;
    const newspaper = PROVINCE_UNITS[place.unit]!.validFrom === MERGER_DATE ? `Báo và Phát thanh, Truyền hình ${place.name}` : `Báo ${place.name}`;
    return [
      { suffix: 'tinh-uy', name: party, kind: 'PARTY_COMMITTEE', line: 'PARTY' },
      { suffix: 'ban-dan-van', name: `Ban Dân vận ${party}`, kind: 'PARTY_BOARD', line: 'PARTY', partOf: 'tinh-uy' },
      { suffix: 'ubnd', name: `Ủy ban nhân dân ${n}`, kind: 'PEOPLES_COMMITTEE', line: 'STATE', aliases: [`UBND ${n}`] },
      { suffix: 'ubmttq', name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${n}`, kind: 'FRONT_COMMITTEE', line: 'FRONT', aliases: [`UBMTTQVN ${n}`, `MTTQ ${n}`] },
      { suffix: 'hdnd', name: `Hội đồng nhân dân ${n}`, kind: 'LEGISLATURE', line: 'STATE', aliases: [`HĐND ${n}`] },
      { suffix: 'bao', name: newspaper, kind: 'NEWSPAPER', line: 'MEDIA' },
    ];
  }
  if (level === 'DISTRICT') {
    const party = `${municipality ? 'Quận ủy' : 'Huyện ủy'} ${place.name.split(' ').slice(1).join(' ')}`;
    return [
      { suffix: 'huyen-uy', name: party, kind: 'PARTY_COMMITTEE', line: 'PARTY' },
      { suffix: 'ban-dan-van', name: `Ban Dân vận ${party}`, kind: 'PARTY_BOARD', line: 'PARTY', partOf: 'huyen-uy' },
      { suffix: 'ubnd', name: `Ủy ban nhân dân ${n}`, kind: 'PEOPLES_COMMITTEE', line: 'STATE', aliases: [`UBND ${n}`] },
      { suffix: 'ubmttq', name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${n}`, kind: 'FRONT_COMMITTEE', line: 'FRONT', aliases: [`UBMTTQVN ${n}`] },
    ];
  }
  return [
    { suffix: 'dang-uy', name: `Đảng ủy ${n}`, kind: 'PARTY_COMMITTEE', line: 'PARTY' },
    { suffix: 'ubnd', name: `Ủy ban nhân dân ${n}`, kind: 'PEOPLES_COMMITTEE', line: 'STATE', aliases: [`UBND ${n}`] },
    { suffix: 'ubmttq', name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${n}`, kind: 'FRONT_COMMITTEE', line: 'FRONT', aliases: [`UBMTTQVN ${n}`] },
  ];
}

/** The suffix of the organisation a career track works in, at a level. */
export const TRACK_SUFFIX: Record<'PARTY_COMMITTEE' | 'PARTY_BOARD' | 'PEOPLES_COMMITTEE' | 'FRONT_COMMITTEE', Record<'PROVINCE' | 'DISTRICT' | 'COMMUNE', string>> = {
  PARTY_COMMITTEE: { PROVINCE: 'tinh-uy', DISTRICT: 'huyen-uy', COMMUNE: 'dang-uy' },
  PARTY_BOARD: { PROVINCE: 'ban-dan-van', DISTRICT: 'ban-dan-van', COMMUNE: 'dang-uy' },
  PEOPLES_COMMITTEE: { PROVINCE: 'ubnd', DISTRICT: 'ubnd', COMMUNE: 'ubnd' },
  FRONT_COMMITTEE: { PROVINCE: 'ubmttq', DISTRICT: 'ubmttq', COMMUNE: 'ubmttq' },
};

export function organizationName(place: PlaceInfo, level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE', suffix: string): string {
  return organizationsOf(place, level, PROVINCE_UNITS[place.unit]!.municipality).find((o) => o.suffix === suffix)!.name;
}

function placeFacts(place: PlaceInfo, level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE', sources: string[], orgSources: string[], parentPartyId: string | null): GraphFact[] {
  const facts: GraphFact[] = [];
  for (const o of organizationsOf(place, level, PROVINCE_UNITS[place.unit]!.municipality)) {
    const id = orgId(place.id, o.suffix);
    facts.push(entity('Organization', { id, name: o.name, kind: o.kind, line: o.line, level: o.kind === 'NEWSPAPER' ? undefined : level, aliases: o.aliases ?? [], sources: orgSources }));
    facts.push(relation('Organization', 'Place', { id: `${id}-located-in`, type: 'LOCATED_IN', from: id, to: place.id }, orgSources));
    const parent = o.partOf ? orgId(place.id, o.partOf) : o.kind === 'PARTY_COMMITTEE' ? parentPartyId : null;
    if (parent) facts.push(relation('Organization', 'Organization', { id: `${id}-part-of`, type: 'PART_OF', from: id, to: parent }, orgSources));
  }
  void sources;
  return facts;
}

export function unitOrganizationsKind(world: World): FactKind {
  return {
    name: 'province-level organisations',
    count: PROVINCE_UNITS.length,
    produces: ['Organization', 'LOCATED_IN', 'PART_OF'],
    facts: (u) => placeFacts(world.unitPlace(u), 'PROVINCE', [], [world.directorySource(u)], null),
  };
}

export function districtsKind(world: World): FactKind {
  return {
    name: 'districts',
    count: world.plan.districts,
    produces: ['Place', 'PART_OF', 'Organization', 'LOCATED_IN'],
    facts(d) {
      const place = world.district(d);
      const sources = [LEGAL.adminUnitCodes, LEGAL.districtsEnd];
      const province = `pl-${PROVINCE_UNITS[place.province]!.slug}`;
      return [
        entity('Place', { id: place.id, kind: 'DISTRICT', name: place.name, validTo: LAST_DAY_BEFORE_MERGER, sources }),
        relation('Place', 'Place', { id: `${place.id}-part-of`, type: 'PART_OF', from: place.id, to: province }, sources),
        ...placeFacts(place, 'DISTRICT', sources, [world.directorySource(place.province)], orgId(province, 'tinh-uy')),
      ];
    },
  };
}

export function oldCommunesKind(world: World): FactKind {
  return {
    name: 'communes before July 2025',
    count: world.plan.oldCommunes,
    produces: ['Place', 'PART_OF', 'SUCCEEDED_BY', 'Organization', 'LOCATED_IN'],
    facts(c) {
      const place = world.oldCommune(c);
      const district = world.district(place.district);
      const k = UNITS_AFTER_2025.indexOf(unitAt(place.province, MERGER_DATE));
      const resolution = communeResolution(k);
      const sources = [LEGAL.adminUnitCodes, resolution];
      const facts = [
        entity('Place', { id: place.id, kind: 'COMMUNE', name: place.name, validTo: LAST_DAY_BEFORE_MERGER, sources }),
        relation('Place', 'Place', { id: `${place.id}-part-of`, type: 'PART_OF', from: place.id, to: district.id }, [LEGAL.adminUnitCodes]),
        ...placeFacts(place, 'COMMUNE', sources, [world.directorySource(place.province)], orgId(district.id, 'huyen-uy')),
      ];
      // Several old communes make one new commune of the unit their province became part of.
      const communes = world.newCommunesOf(k);
      if (communes > 0) {
        const successor = world.newCommune(k + UNITS_AFTER_2025.length * (c % communes));
        facts.push(relation('Place', 'Place', { id: `${place.id}-succeeded-by`, type: 'SUCCEEDED_BY', from: place.id, to: successor.id, date: MERGER_DATE, note: `Sắp xếp vào ${successor.longName}.` }, [resolution]));
      }
      return facts;
    },
  };
}

export function newCommunesKind(world: World): FactKind {
  return {
    name: 'communes from July 2025',
    count: world.plan.newCommunes,
    produces: ['Place', 'PART_OF', 'Organization', 'LOCATED_IN'],
    facts(j) {
      const place = world.newCommune(j);
      const sources = [communeResolution(j % UNITS_AFTER_2025.length)];
      const unit = `pl-${PROVINCE_UNITS[place.unit]!.slug}`;
      return [
        entity('Place', { id: place.id, kind: 'COMMUNE', name: place.name, validFrom: MERGER_DATE, sources }),
        relation('Place', 'Place', { id: `${place.id}-part-of`, type: 'PART_OF', from: place.id, to: unit }, sources),
        // Since July 2025 a commune's party committee answers to the province's directly.
        ...placeFacts(place, 'COMMUNE', sources, [world.directorySource(place.unit)], orgId(unit, 'tinh-uy')),
      ];
    },
  };
}
