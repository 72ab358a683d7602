import { foldVietnamese } from '../../model/text.js';
import { Random, STREAM } from './seeded-random.js';
import type { Plan } from './size-plan.js';
import { MERGER_DATE, OLD_PROVINCE_COUNT, PROVINCE_UNITS, unitAt, UNITS_AFTER_2025 } from './vietnam-provinces.js';
import { ARTICLE_TOPICS, personName, placeName } from './vietnamese-names.js';

/**
 * The generated world as pure functions of an index: which province a district
 * lies in, when event 4711 took place, which newspaper published article 99.
 * Nothing is stored, so any fact can be recomputed wherever a section of the
 * file needs it. Index layouts (all modulo the 63 pre-2025 provinces, so every
 * kind spreads over the whole country):
 *   district d → province d % 63; old commune c → district c % districts;
 *   new commune j → unit UNITS_AFTER_2025[j % 34];
 *   event e → province e % 63, year 2015 + ⌊e / 63⌋ % 12, its m-th of that pair = ⌊e / 756⌋;
 *   person i, model m, program r, award a → home province index % 63.
 */
export const FIRST_YEAR = 2015;
export const YEARS = 12; // 2015–2026
const PAIRS = OLD_PROVINCE_COUNT * YEARS;
/** Data ends mid-2026: nothing is dated after this. */
export const LAST_DATE = '2026-06-30';

export const EVENT_KINDS = ['REVIEW_CONFERENCE', 'BRIEFING', 'INTERIM_REVIEW', 'SIGNING', 'BRIEFING', 'CONGRESS'] as const;

export function slugOf(text: string, maxWords = 8): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, maxWords)
    .join('-');
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface PlaceInfo {
  id: string;
  name: string;
  /** The name with its kind, as text reads it: "tỉnh Đồng Tháp", "xã Tân Phú". */
  longName: string;
  /** Index of the province-level unit it lies in (PROVINCE_UNITS). */
  unit: number;
}

export interface EventInfo {
  index: number;
  id: string;
  name: string;
  kind: (typeof EVENT_KINDS)[number];
  date: string;
  province: number;
  unit: number;
  place: PlaceInfo;
}

export interface SourceInfo {
  id: string;
  title: string;
  publishedAt: string;
  /** The publishing organisation's id. */
  publisher: string;
  /** The province-level unit the article is about. */
  unit: number;
}

export const LEGAL = {
  adminUnitCodes: 'src-qd-124-2004-ttg',
  hue: 'src-nq-175-2024-qh15',
  provinces2025: 'src-nq-202-2025-qh15',
  districtsEnd: 'src-nq-203-2025-qh15',
} as const;

export const CENTRAL_PAPERS = ['org-bao-nhan-dan', 'org-tap-chi-dan-van', 'org-bao-dai-doan-ket'] as const;

export class World {
  constructor(readonly plan: Plan) {}

  random(stream: number, index: number): Random {
    return new Random(this.plan.seed, stream, index);
  }

  // ── places ──
  unitPlace(u: number): PlaceInfo {
    const unit = PROVINCE_UNITS[u]!;
    return { id: `pl-${unit.slug}`, name: unit.name, longName: unitLongName(u), unit: u };
  }

  district(d: number): PlaceInfo & { province: number } {
    const province = d % OLD_PROVINCE_COUNT;
    const word = PROVINCE_UNITS[province]!.municipality ? 'Quận' : 'Huyện';
    const name = `${word} ${placeName(this.random(STREAM.district, d))}`;
    return { id: `pl-${slugOf(name)}-${d}`, name, longName: name.toLowerCase().startsWith('q') ? `quận ${name.slice(5)}` : `huyện ${name.slice(6)}`, unit: province, province };
  }

  districtsOf(province: number): number {
    return countOf(this.plan.districts, province, OLD_PROVINCE_COUNT);
  }

  oldCommune(c: number): PlaceInfo & { district: number; province: number } {
    const district = c % this.plan.districts;
    const province = district % OLD_PROVINCE_COUNT;
    const word = PROVINCE_UNITS[province]!.municipality ? 'Phường' : 'Xã';
    const name = `${word} ${placeName(this.random(STREAM.commune, c))}`;
    return { id: `pl-${slugOf(name)}-${c}`, name, longName: `${word.toLowerCase()} ${name.slice(word.length + 1)}`, unit: province, district, province };
  }

  newCommune(j: number): PlaceInfo {
    const u = UNITS_AFTER_2025[j % UNITS_AFTER_2025.length]!;
    const word = PROVINCE_UNITS[u]!.municipality ? 'Phường' : 'Xã';
    const name = `${word} ${placeName(this.random(STREAM.newCommune, j))}`;
    return { id: `pl-${slugOf(name)}-2025-${j}`, name, longName: `${word.toLowerCase()} ${name.slice(word.length + 1)}`, unit: u };
  }

  /** How many new communes unit-after-2025 number k has; the t-th is k + 34·t. */
  newCommunesOf(k: number): number {
    return countOf(this.plan.newCommunes, k, UNITS_AFTER_2025.length);
  }

  /** A place inside old province p on `date`: a district or commune of its time, or the province-level unit. */
  placeIn(p: number, date: string, random: Random): PlaceInfo {
    const u = unitAt(p, date);
    if (date < MERGER_DATE) {
      const districts = this.districtsOf(p);
      if (districts > 0 && random.chance(0.5)) return this.district(p + OLD_PROVINCE_COUNT * random.int(0, districts - 1));
    } else {
      const k = UNITS_AFTER_2025.indexOf(u);
      const communes = this.newCommunesOf(k);
      if (communes > 0 && random.chance(0.4)) return this.newCommune(k + UNITS_AFTER_2025.length * random.int(0, communes - 1));
    }
    return this.unitPlace(u);
  }

  // ── events ──
  eventsIn(p: number, year: number): number {
    const first = p + OLD_PROVINCE_COUNT * (year - FIRST_YEAR);
    return first >= this.plan.events ? 0 : Math.ceil((this.plan.events - first) / PAIRS);
  }

  eventIndex(p: number, year: number, m: number): number {
    return p + OLD_PROVINCE_COUNT * (year - FIRST_YEAR) + PAIRS * m;
  }

  /** An event of old province p in `year` whose kind is `kind` (kinds cycle with m), or null. */
  eventOfKind(p: number, year: number, kind: (typeof EVENT_KINDS)[number], random: Random): number | null {
    const count = this.eventsIn(p, year);
    const ms = [...Array(Math.min(count, 24)).keys()].filter((m) => EVENT_KINDS[m % EVENT_KINDS.length] === kind);
    return ms.length === 0 ? null : this.eventIndex(p, year, random.pick(ms));
  }

  event(e: number): EventInfo {
    const random = this.random(STREAM.event, e);
    const province = e % OLD_PROVINCE_COUNT;
    const year = FIRST_YEAR + (Math.floor(e / OLD_PROVINCE_COUNT) % YEARS);
    const m = Math.floor(e / PAIRS);
    const kind = EVENT_KINDS[m % EVENT_KINDS.length]!;
    const month = random.int(1, year === 2026 ? 6 : 12);
    const date = `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
    const unit = unitAt(province, date);
    const place = this.placeIn(province, date, random);
    const where = unitLongName(unit);
    const name = {
      REVIEW_CONFERENCE: `Hội nghị tổng kết công tác dân vận năm ${year} ${where}`,
      BRIEFING: `Giao ban công tác dân vận quý ${Math.ceil(month / 3)}/${year} ${where}`,
      INTERIM_REVIEW: `Hội nghị sơ kết phong trào thi đua "Dân vận khéo" ${where} năm ${year}`,
      SIGNING: `Lễ ký kết chương trình phối hợp công tác dân vận ${where} năm ${year}`,
      CONGRESS: `Đại hội đại biểu Mặt trận Tổ quốc Việt Nam ${place.longName} năm ${year}`,
    }[kind];
    return { index: e, id: `ev-${slugOf(name, 10)}-${e}`, name, kind, date, province, unit, place };
  }

  // ── sources: report of event s for s < events; then one directory article per unit; then features ──
  get directoryBase(): number {
    return this.plan.events;
  }
  get featureBase(): number {
    return this.plan.events + PROVINCE_UNITS.length;
  }
  get sourceCount(): number {
    return this.featureBase + this.plan.featureSources;
  }

  source(s: number): SourceInfo {
    if (s < this.plan.events) {
      const event = this.event(s);
      return { id: sourceId(s, event.name), title: event.name, publishedAt: event.date, publisher: orgId(this.unitPlace(event.unit).id, 'bao'), unit: event.unit };
    }
    if (s < this.featureBase) {
      const u = s - this.directoryBase;
      const title = `Kiện toàn tổ chức bộ máy hệ thống chính trị ${unitLongName(u)}`;
      const publishedAt = PROVINCE_UNITS[u]!.validFrom ?? '2015-01-05';
      return { id: sourceId(s, title), title, publishedAt, publisher: orgId(this.unitPlace(u).id, 'bao'), unit: u };
    }
    const random = this.random(STREAM.source, s);
    const p = random.int(0, OLD_PROVINCE_COUNT - 1);
    const year = random.int(FIRST_YEAR, 2026);
    const date = `${year}-${pad(random.int(1, year === 2026 ? 6 : 12))}-${pad(random.int(1, 28))}`;
    const u = unitAt(p, date);
    const title = `${random.pick(ARTICLE_TOPICS)} ${unitLongName(u)}`;
    const publisher = random.chance(0.2) ? random.pick(CENTRAL_PAPERS) : orgId(this.unitPlace(u).id, 'bao');
    return { id: sourceId(s, title), title, publishedAt: date, publisher, unit: u };
  }

  /** A feature article, picked by `random`. */
  featureSource(random: Random): number {
    return this.featureBase + random.int(0, this.plan.featureSources - 1);
  }

  directorySource(u: number): string {
    return this.source(this.directoryBase + u).id;
  }

  // ── people ──
  personName(i: number): string {
    return personName(this.random(STREAM.person, i));
  }
  personId(i: number): string {
    return `per-${slugOf(this.personName(i))}-${i}`;
  }
  /** A person whose home is old province p, or null when there is none. */
  personOf(p: number, random: Random): number | null {
    const count = countOf(this.plan.people, p, OLD_PROVINCE_COUNT);
    return count === 0 ? null : p + OLD_PROVINCE_COUNT * random.int(0, count - 1);
  }
}

/** How many of 0…total-1 are ≡ residue (mod modulus). */
export function countOf(total: number, residue: number, modulus: number): number {
  return residue >= total ? 0 : Math.ceil((total - residue) / modulus);
}

export function unitLongName(u: number): string {
  const unit = PROVINCE_UNITS[u]!;
  return unit.municipality ? (unit.name.startsWith('Thành phố') ? unit.name : `thành phố ${unit.name}`) : `tỉnh ${unit.name}`;
}

export function orgId(placeId: string, suffix: string): string {
  return `org-${placeId.slice('pl-'.length)}-${suffix}`;
}

function sourceId(s: number, title: string): string {
  return `src-${s}-${slugOf(title, 6)}`;
}
