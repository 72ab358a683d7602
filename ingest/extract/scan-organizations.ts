import type { Token } from '../text/tokens.js';
import type { Lexicon, OrgForm, PlaceRef } from '../vocab/lexicon.js';
import type { PhraseTrie } from '../vocab/phrase-trie.js';
import type { BodyEntry, CommitteeEntry, OrgLevel } from '../vocab/types.js';
import type { OrgMention } from './org-mention.js';
import { levelPlaceAt, nameWord, placeAt, type LevelPlace } from './scan-places.js';

type Known = PhraseTrie<PlaceRef>;

function formAt(tokens: readonly Token[], i: number, lex: Lexicon, shapes: readonly OrgForm['shape'][]): { form: OrgForm; end: number } | null {
  const hit = lex.orgs.longest(tokens, i);
  if (!hit) return null;
  const form = hit.values.find((f) => shapes.includes(f.shape));
  return form ? { form, end: hit.end } : null;
}

const levelOf = (level: string): OrgLevel | null => (level === 'CITY' ? 'PROVINCE' : level === 'CENTRAL' || level === 'PROVINCE' || level === 'DISTRICT' || level === 'COMMUNE' ? level : null);

/** The level of a body named with a level word: "thành phố" is a province's for a centrally governed city, a district's otherwise. */
const bodyLevelOf = (lp: LevelPlace): OrgLevel | null => (lp.level === 'CITY' ? (lp.place?.kind === 'MUNICIPALITY' ? 'PROVINCE' : 'DISTRICT') : levelOf(lp.level));

/** A body of `entry` from token `i` to its level word and place: `own` is its own words between ("Ban Chỉ đạo … tỉnh"). */
function leveledMention(tokens: readonly Token[], i: number, entry: BodyEntry, level: OrgLevel | null, lp: LevelPlace, own = ''): OrgMention {
  return {
    kind: entry.kind,
    line: entry.line ?? null,
    level,
    baseName: `${entry.name ?? entry.forms[0]!}${own} ${lp.levelWord}`,
    place: lp.place ? { name: lp.place.name, kind: lp.place.kind } : null,
    needsPlace: true,
    parent: null,
    join: 'none',
    start: tokens[i]!.start,
    end: tokens[lp.next - 1]!.end,
    next: lp.next,
  };
}

/** A Party committee at `i`: "Tỉnh ủy", "Huyện ủy Tân Hiệp", "Đảng ủy xã X", "Trung ương" after a body. */
function committeeAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known, afterBody: boolean): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['committee']);
  if (!hit) return null;
  const entry = hit.form.entry as CommitteeEntry;
  if (entry.onlyAfterBody && !afterBody) return null;
  const start = tokens[i]!.start;
  let next = hit.end;
  let level: OrgLevel = entry.level;
  let baseName = entry.name;
  let place = null;
  if (entry.needsLevelWord) {
    const lp = levelPlaceAt(tokens, next, lex, known);
    if (!lp || !levelOf(lp.level)) return null;
    level = levelOf(lp.level)!;
    baseName = `${entry.name} ${lp.levelWord}`;
    place = lp.place;
    next = lp.next;
  } else if (level !== 'CENTRAL') {
    // "Thành ủy TP. Cần Thơ", "Huyện ủy Tân Hiệp": the place, with or without its level word.
    const lp = levelPlaceAt(tokens, next, lex, known);
    if (lp?.place && lp.level !== 'CENTRAL') {
      place = lp.place;
      next = lp.next;
    } else {
      place = placeAt(tokens, next, lex, known, level === 'PROVINCE' ? 'CITY' : level, false);
      if (place) next = place.next;
    }
    // "Thành ủy Bảo Lộc": the committee of a city under a province (not a centrally governed one) is of district level.
    if (level === 'PROVINCE' && place?.kind === 'DISTRICT') level = 'DISTRICT';
  }
  return {
    kind: 'PARTY_COMMITTEE',
    line: 'PARTY',
    level,
    baseName: level === 'CENTRAL' ? 'Trung ương' : baseName,
    place: place ? { name: place.name, kind: place.kind } : null,
    needsPlace: level !== 'CENTRAL',
    parent: null,
    join: 'none',
    start,
    end: tokens[next - 1]!.end,
    next,
  };
}

/** A body written with a level word: "UBND tỉnh", "Công an huyện Tân Hiệp", "Ủy ban MTTQ Việt Nam tỉnh". */
function leveledBodyAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['leveledBody']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  let lp = levelPlaceAt(tokens, hit.end, lex, known);
  if (!lp) {
    // "UBND TP.HCM", "Công an Đồng Tháp": a province or city of the vocabulary, its level word left out.
    const province = placeAt(tokens, hit.end, lex, known, null);
    if (province && (province.kind === 'PROVINCE' || province.kind === 'MUNICIPALITY')) {
      lp = { level: province.kind === 'MUNICIPALITY' ? 'CITY' : 'PROVINCE', levelWord: province.kind === 'MUNICIPALITY' ? 'thành phố' : 'tỉnh', place: province, next: province.next };
    }
  }
  if (!lp || lp.level === 'CENTRAL') return null;
  return leveledMention(tokens, i, entry, bodyLevelOf(lp), lp);
}

/** "Sở Nội vụ", "Sở Y tế tỉnh Long An": a provincial department; without a level word, the article's province's. */
function departmentAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['department']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  const lp = levelPlaceAt(tokens, hit.end, lex, known);
  const written = lp && (lp.level === 'PROVINCE' || lp.level === 'CITY') ? lp : null;
  const next = written ? written.next : hit.end;
  return {
    kind: entry.kind,
    line: entry.line ?? null,
    level: 'PROVINCE',
    baseName: `${entry.name ?? entry.forms[0]!} ${written ? written.levelWord : 'tỉnh'}`,
    place: written?.place ? { name: written.place.name, kind: written.place.kind } : null,
    needsPlace: true,
    parent: null,
    join: 'none',
    start: tokens[i]!.start,
    end: tokens[next - 1]!.end,
    next,
  };
}

function singletonAt(tokens: readonly Token[], i: number, lex: Lexicon): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['singleton']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  return { kind: entry.kind, line: entry.line ?? null, level: entry.level ?? 'CENTRAL', baseName: entry.name ?? entry.forms[0]!, place: null, needsPlace: false, parent: null, join: 'none', start: tokens[i]!.start, end: tokens[hit.end - 1]!.end, next: hit.end };
}

/** "Ban Dân vận Tỉnh ủy", "Ban Thường vụ Huyện ủy", and any "Ban <words> <committee>". */
function committeeBodyAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['committeeBody']);
  let entry: BodyEntry | null = hit ? (hit.form.entry as BodyEntry) : null;
  let end = hit ? hit.end : -1;
  let committee = hit ? committeeAt(tokens, end, lex, known, true) : null;
  if (!committee && tokens[i]?.lower === 'ban' && tokens[i]!.capitalised) {
    // An unlisted board (or a misspelt one, "Ban Dân vân"): up to three words, then its committee.
    for (let j = i + 1; j <= i + 3 && j < tokens.length && tokens[j]!.isWord && !/\d/.test(tokens[j]!.text); j++) {
      const c = committeeAt(tokens, j + 1, lex, known, true);
      if (c && tokens[i + 1]!.capitalised) {
        entry = { forms: [], kind: 'PARTY_BOARD', line: 'PARTY' };
        end = j + 1;
        committee = c;
        break;
      }
    }
  }
  if (!entry) return null;
  const written = tokens.slice(i, end).map((t) => t.text).join(' ');
  const baseName = entry.forms.length > 0 ? entry.forms[0]! : written;
  // "Thường trực HĐND tỉnh", "Ban Dân vận" alone: not a body of a named committee; what follows is read on its own.
  if (!committee) return null;
  return { kind: entry.kind, line: 'PARTY', level: committee.level, baseName, place: null, needsPlace: false, parent: committee, join: 'prefix', start: tokens[i]!.start, end: committee.end, next: committee.next };
}

/** "Ban cán sự đảng UBND tỉnh", "Ban cán sự Đảng Chính phủ", or alone ("Bí thư Ban Cán sự đảng"). */
function civilAffairsAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['civilAffairs']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  const parent = leveledBodyAt(tokens, hit.end, lex, known) ?? singletonAt(tokens, hit.end, lex);
  const end = parent ? parent.end : tokens[hit.end - 1]!.end;
  return { kind: entry.kind, line: 'PARTY', level: parent?.level ?? null, baseName: entry.name ?? entry.forms[0]!, place: null, needsPlace: false, parent, join: parent ? 'prefix' : 'none', start: tokens[i]!.start, end, next: parent ? parent.next : hit.end };
}

/** "Đồn Biên phòng Vĩnh Xương", "Báo Tây Ninh": a kind word and the body's own name. */
function namedAt(tokens: readonly Token[], i: number, lex: Lexicon): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['named']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  let j = hit.end;
  while (j < tokens.length && j - hit.end < 4 && nameWord(tokens, j, lex)) j++;
  if (j === hit.end) return null;
  const own = tokens.slice(hit.end, j).map((t) => t.text).join(' ');
  return {
    kind: entry.kind,
    line: entry.line ?? null,
    level: null,
    baseName: entry.name ?? entry.forms[0]!,
    place: { name: own, kind: 'COMMUNE' },
    needsPlace: false,
    parent: null,
    join: 'none',
    start: tokens[i]!.start,
    end: tokens[j - 1]!.end,
    next: j,
  };
}

/** "Cơ quan Thường trực Ban Dân vận Trung ương tại TP. Hồ Chí Minh". */
function officeAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['office']);
  if (!hit) return null;
  const board = committeeBodyAt(tokens, hit.end, lex, known);
  if (!board || board.level !== 'CENTRAL') return null;
  let next = board.next;
  let place = null;
  if (tokens[next]?.lower === 'tại') {
    const lp = levelPlaceAt(tokens, next + 1, lex, known);
    const p = lp?.place ?? placeAt(tokens, next + 1, lex, known, null);
    if (p) {
      place = { name: p.name, kind: p.kind };
      next = lp?.place ? lp.next : p.next;
    }
  }
  return { kind: 'PARTY_BOARD_OFFICE', line: 'PARTY', level: 'CENTRAL', baseName: 'Cơ quan Thường trực', place, needsPlace: false, parent: board, join: 'office', start: tokens[i]!.start, end: tokens[next - 1]!.end, next };
}

const STEERING_STOPS = new Set([',', ';', '.', ':', '(', ')']);
const STEERING_MAX_WORDS = 14;

/**
 * "Ban Chỉ đạo Phong trào thi đua “Dân vận khéo” của tỉnh", "BCĐ xây dựng nông
 * thôn mới huyện Tân Phú": a steering committee's own words run to the level
 * word of its territory (a "của" before it is dropped from the name), within
 * its clause; with no level word it is not read (its level is unknown).
 */
function steeringAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const hit = formAt(tokens, i, lex, ['steering']);
  if (!hit) return null;
  const entry = hit.form.entry as BodyEntry;
  for (let k = hit.end; k < tokens.length && k - hit.end <= STEERING_MAX_WORDS && !STEERING_STOPS.has(tokens[k]!.text); k++) {
    const lp = levelPlaceAt(tokens, k, lex, known);
    const level = lp ? bodyLevelOf(lp) : null;
    if (!lp || !level || level === 'CENTRAL') continue;
    const ownEnd = tokens[k - 1]?.lower === 'của' && k - 1 > hit.end ? k - 1 : k;
    const own = ownEnd > hit.end ? ` ${tokens.slice(hit.end, ownEnd).map((t) => t.text).join(' ').replace(/([“(]) /gu, '$1').replace(/ ([”)])/gu, '$1')}` : '';
    return leveledMention(tokens, i, entry, level, lp, own);
  }
  return null;
}

/**
 * The organisation written at `tokens[i]`, the longest reading first. Plural
 * and generic wording ("UBND các xã", "chính quyền các cấp") is not an
 * organisation: a level word must follow a body that needs one.
 */
export function organizationAt(tokens: readonly Token[], i: number, lex: Lexicon, known: Known): OrgMention | null {
  const t = tokens[i];
  if (!t || !t.isWord) return null;
  if (!lex.orgs.startsAt(tokens, i) && t.lower !== 'ban') return null;
  const candidates = [
    officeAt(tokens, i, lex, known),
    civilAffairsAt(tokens, i, lex, known),
    committeeBodyAt(tokens, i, lex, known),
    leveledBodyAt(tokens, i, lex, known),
    departmentAt(tokens, i, lex, known),
    committeeAt(tokens, i, lex, known, false),
    singletonAt(tokens, i, lex),
    namedAt(tokens, i, lex),
    steeringAt(tokens, i, lex, known),
  ].filter((c): c is OrgMention => c !== null);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c.next > best.next ? c : best));
}
