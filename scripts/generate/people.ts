import { entity, participation, roleObservation, type GraphFact } from './graph-records.js';
import type { FactKind } from './fact-kind.js';
import { organizationName, TRACK_SUFFIX } from './geography.js';
import type { Random } from './seeded-random.js';
import { STREAM } from './seeded-random.js';
import { MERGER_DATE, OLD_PROVINCE_COUNT, unitAt, UNITS_AFTER_2025 } from './vietnam-provinces.js';
import { FIRST_YEAR, orgId, type PlaceInfo, type World } from './world.js';

/**
 * Officials and their role histories, 2015–2026: a career on one track (Ban
 * Dân vận, UBND, MTTQ, the party committee) at one level of one province,
 * with promotions up the track's ladder, transfers to another track, concurrent
 * titles (a Trưởng Ban Dân vận Tỉnh ủy sits on the Ban Thường vụ), and the
 * 2025 reorganisation: after 1/7/2025 district officials move to a new commune
 * or to the merged province. Each observation is dated by the article that
 * reports it, most often the report of an event the official took part in.
 */
type Level = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
type Track = 'PARTY_COMMITTEE' | 'PARTY_BOARD' | 'PEOPLES_COMMITTEE' | 'FRONT_COMMITTEE';

const LADDER: Record<Track, readonly string[]> = {
  PARTY_COMMITTEE: ['Ủy viên Ban Chấp hành', 'Ủy viên Ban Thường vụ', 'Phó Bí thư', 'Bí thư'],
  PARTY_BOARD: ['Chuyên viên', 'Phó Trưởng Ban', 'Trưởng Ban'],
  PEOPLES_COMMITTEE: ['Ủy viên', 'Phó Chủ tịch', 'Chủ tịch'],
  FRONT_COMMITTEE: ['Ủy viên', 'Phó Chủ tịch', 'Chủ tịch'],
};
const TRACKS: ReadonlyArray<readonly [Track, number]> = [['PARTY_BOARD', 40], ['PEOPLES_COMMITTEE', 25], ['FRONT_COMMITTEE', 20], ['PARTY_COMMITTEE', 15]];

export interface Observation {
  id: string;
  date: string;
  title: string;
  titleAsWritten: string;
  organization: string;
  event: number | null;
  source: string;
  top: boolean;
}

/** Where a career happens on `date`: the place and its level. */
function seat(world: World, p: number, level: Level, district: number, commune: number, date: string): { place: PlaceInfo; level: Level } {
  if (date < MERGER_DATE) {
    if (level === 'DISTRICT' && district >= 0) return { place: world.district(district), level };
    if (level === 'COMMUNE' && commune >= 0) return { place: world.oldCommune(commune), level };
    return { place: world.unitPlace(unitAt(p, date)), level: 'PROVINCE' };
  }
  const u = unitAt(p, date);
  const k = UNITS_AFTER_2025.indexOf(u);
  const communes = world.newCommunesOf(k);
  // Districts ended on 30/6/2025: their officials went to the new communes.
  if (level !== 'PROVINCE' && communes > 0) return { place: world.newCommune(k + UNITS_AFTER_2025.length * ((district + commune + 2) % communes)), level: 'COMMUNE' };
  return { place: world.unitPlace(u), level: 'PROVINCE' };
}

function written(title: string, orgName: string): string {
  // "Trưởng Ban" + "Ban Dân vận Tỉnh ủy X" reads "Trưởng Ban Dân vận Tỉnh ủy X".
  return orgName.startsWith('Ban ') && title.endsWith('Ban') ? `${title}${orgName.slice(3)}` : `${title} ${orgName}`;
}

export function career(world: World, i: number): Observation[] {
  const random = world.random(STREAM.person, i + 0x40000000);
  const p = i % OLD_PROVINCE_COUNT;
  const districts = world.districtsOf(p);
  let level: Level = random.weighted([['PROVINCE', 25], ['DISTRICT', 45], ['COMMUNE', 30]] as const);
  const district = districts > 0 ? p + OLD_PROVINCE_COUNT * random.int(0, districts - 1) : -1;
  const communesOfDistrict = district >= 0 ? Math.max(0, Math.ceil((world.plan.oldCommunes - district) / world.plan.districts)) : 0;
  const commune = communesOfDistrict > 0 ? district + world.plan.districts * random.int(0, communesOfDistrict - 1) : -1;
  if (district < 0) level = 'PROVINCE';
  let track: Track = random.weighted(TRACKS);
  let rank = random.int(0, 1);

  const sightings = dated(world, p, random, random.int(2, 6));
  const observations: Observation[] = [];
  const personSlug = world.personId(i).slice('per-'.length);
  sightings.forEach((s, j) => {
    if (j > 0 && random.chance(0.4)) rank += 1;
    if (j > 0 && random.chance(0.15)) track = random.pick(TRACKS.filter(([t]) => t !== track))[0];
    rank = Math.min(rank, LADDER[track].length - 1);
    const where = seat(world, p, level, district, commune, s.date);
    const suffix = TRACK_SUFFIX[track]![where.level];
    const org = organizationName(where.place, where.level, suffix);
    const title = LADDER[track][rank]!;
    const top = rank === LADDER[track].length - 1;
    const base = { date: s.date, event: s.event, source: s.source, top };
    observations.push({ ...base, id: `ro-${personSlug}-${j}`, title, titleAsWritten: written(title, org), organization: orgId(where.place.id, suffix) });
    // Heads of a board or a committee sit on the party committee's standing board at the same time.
    if (top && track !== 'PARTY_COMMITTEE' && where.level !== 'COMMUNE') {
      const partySuffix = TRACK_SUFFIX.PARTY_COMMITTEE![where.level];
      const party = organizationName(where.place, where.level, partySuffix);
      observations.push({ ...base, top: false, id: `ro-${personSlug}-${j}-kiem`, title: 'Ủy viên Ban Thường vụ', titleAsWritten: written('Ủy viên Ban Thường vụ', party), organization: orgId(where.place.id, partySuffix) });
    }
  });
  return observations;
}

/** `count` sightings in date order: at an event of the home province, or in a feature article. */
function dated(world: World, p: number, random: Random, count: number) {
  const out: { date: string; event: number | null; source: string }[] = [];
  let year = random.int(FIRST_YEAR, 2022);
  for (let j = 0; j < count && year <= 2026; j++) {
    const events = world.eventsIn(p, year);
    if (events > 0 && random.chance(0.6)) {
      const e = world.eventIndex(p, year, random.int(0, events - 1));
      const event = world.event(e);
      out.push({ date: event.date, event: e, source: world.source(e).id });
    } else {
      const source = world.source(world.featureSource(random));
      out.push({ date: source.publishedAt, event: null, source: source.id });
    }
    year += random.int(0, 2);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function peopleKind(world: World): FactKind {
  return {
    name: 'officials',
    count: world.plan.people,
    produces: ['Person', 'RoleObservation', 'HAS_ROLE', 'IN_ORGANIZATION', 'AT_EVENT', 'PARTICIPATED_IN'],
    facts(i) {
      const id = world.personId(i);
      const observations = career(world, i);
      const sources = [...new Set(observations.slice(0, 2).map((o) => o.source))];
      const facts: GraphFact[] = [entity('Person', { id, name: world.personName(i), sources: sources.length ? sources : [world.directorySource(i % OLD_PROVINCE_COUNT)] })];
      for (const o of observations) {
        const eventId = o.event === null ? undefined : world.event(o.event).id;
        facts.push(...roleObservation({ id: o.id, person: id, title: o.title, titleAsWritten: o.titleAsWritten, organization: o.organization, observedAt: o.date, event: eventId }, [o.source]));
        if (eventId && !o.id.endsWith('-kiem')) {
          const role = o.top ? (o.title === 'Bí thư' ? 'DIRECTED' : 'CHAIRED') : 'SPOKE';
          facts.push(participation({ id: `pa-${o.id.slice(3)}`, person: id, event: eventId, role, titleAtEvent: o.titleAsWritten }, [o.source]));
        }
      }
      return facts;
    },
  };
}
