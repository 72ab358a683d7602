import type { Token } from '../text/tokens.js';
import type { Lexicon, PlaceRef } from '../vocab/lexicon.js';
import { PhraseTrie } from '../vocab/phrase-trie.js';
import type { LevelWordLevel, PlaceKind } from '../vocab/types.js';

export interface PlaceMatch {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
  /** Token index after the name. */
  next: number;
}

export interface LevelPlace {
  level: LevelWordLevel;
  /** The level word as the registry writes it in a name ("tỉnh", "huyện", "thành phố"). */
  levelWord: string;
  place: PlaceMatch | null;
  next: number;
}

const LEVEL_WORD_NAMES: Record<string, string> = { tp: 'thành phố' };
// A city the vocabulary does not list as centrally governed is a provincial city: district level.
const KIND_OF_LEVEL: Record<LevelWordLevel, PlaceKind> = { CENTRAL: 'COUNTRY', PROVINCE: 'PROVINCE', CITY: 'DISTRICT', DISTRICT: 'DISTRICT', COMMUNE: 'COMMUNE' };

/** A capitalised word that may be part of a name (not an abbreviation in capitals, not a vocabulary word). */
export function nameWord(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  if (!t || !t.isWord || !t.capitalised || /\d/.test(t.text)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{Lu}'?$/u.test(t.text)) return false;
  return !lex.stops.startsAt(tokens, i);
}

/** "Lục Ngạn (Bắc Giang)": a province of the vocabulary in brackets at `tokens[j]`, which makes the words before it a place in it. */
export function bracketedProvinceAt(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  if (tokens[j]?.text !== '(') return false;
  const hit = lex.places.longest(tokens, j + 1);
  return hit !== null && tokens[hit.end]?.text === ')' && hit.values.some((p) => p.kind === 'PROVINCE' || p.kind === 'MUNICIPALITY');
}

/**
 * Where a run of capitalised words after a level word stops being a place name:
 * at a family name that starts a name of two words or more after a place of two
 * words or more ("Tân Hiệp | Đinh Công Tráng", "Tam Nông | Nguyễn Văn A"),
 * never inside a two-word place ("Tam Nông": "Nông" is a family name too).
 */
function placeRunEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  while (j < tokens.length && j - i < 8 && nameWord(tokens, j, lex)) j++;
  for (let k = i + 2; k < j; k++) if (lex.isSurname(tokens[k]!.text) && j - k >= 2) return k;
  return Math.min(j, i + 4);
}

/**
 * The places an article names after a level word ("huyện Châu Thành", "xã Vĩnh
 * Xương"), so that a later bare "Châu Thành" before a name is read as that place.
 */
export function collectArticlePlaces(tokens: readonly Token[], lex: Lexicon): PhraseTrie<PlaceRef> {
  const trie = new PhraseTrie<PlaceRef>();
  for (let i = 0; i < tokens.length; i++) {
    const lw = lex.levelWords.longest(tokens, i);
    if (!lw) continue;
    const level = lw.values[0]!.level;
    if (level === 'CENTRAL' || level === 'PROVINCE') continue;
    const j = placeRunEnd(tokens, lw.end, lex);
    if (j - lw.end >= 2) {
      const name = tokens.slice(lw.end, j).map((t) => t.text).join(' ');
      trie.add(name, { name, kind: KIND_OF_LEVEL[level] });
    }
  }
  return trie;
}

/**
 * A place name at `tokens[i]`: a province or region of the vocabulary, a place
 * of the registry or already named in the article, or (after a level word) a
 * run of capitalised words — cut before a family name that starts a person's
 * name ("Tân Hiệp Đinh Công Tráng": the place is "Tân Hiệp").
 */
export function placeAt(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>, afterLevelWord: LevelWordLevel | null, levelWordWritten = true): PlaceMatch | null {
  const t = tokens[i];
  if (!t || !t.isWord) return null;
  if (/^\d+$/.test(t.text) && (afterLevelWord === 'DISTRICT' || afterLevelWord === 'COMMUNE')) {
    return { name: t.text, kind: KIND_OF_LEVEL[afterLevelWord], start: t.start, end: t.end, next: i + 1 };
  }
  if (!t.capitalised) return null;
  for (const trie of [lex.places, known]) {
    const hit = trie.longest(tokens, i);
    if (hit && (!hit.values[0]!.needsCityWord || afterLevelWord === 'CITY')) {
      const ref = hit.values[0]!;
      return { name: ref.name, kind: ref.kind, start: t.start, end: tokens[hit.end - 1]!.end, next: hit.end };
    }
  }
  if (afterLevelWord === null || afterLevelWord === 'CENTRAL' || afterLevelWord === 'PROVINCE') return null;
  // "Tỉnh ủy Phan Thị Hoa": without a level word ("huyện Châu Thành"), a run that starts with a family name is a person's
  // name — unless its province follows in brackets ("Huyện ủy Lục Ngạn (Bắc Giang)").
  const j = placeRunEnd(tokens, i, lex);
  if (!levelWordWritten && lex.isSurname(t.text) && !bracketedProvinceAt(tokens, j, lex)) return null;
  if (j - i < 2) return null;
  return { name: tokens.slice(i, j).map((x) => x.text).join(' '), kind: KIND_OF_LEVEL[afterLevelWord], start: t.start, end: tokens[j - 1]!.end, next: j };
}

/**
 * A name in a list of places sharing one level word ("xã Tân Mộc, Phượng Sơn",
 * "huyện A và B"), at `tokens[i]` after the comma or "và": read at that level. A
 * run of more than two words that starts with a family name is a person's name.
 */
export function sharedLevelPlaceAt(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>, level: LevelWordLevel): PlaceMatch | null {
  const place = placeAt(tokens, i, lex, known, level, true);
  return place && !(lex.isSurname(tokens[i]!.text) && place.next - i > 2) ? place : null;
}

/** A level word ("tỉnh", "huyện", "TP.") and the place named after it, if any. */
export function levelPlaceAt(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>): LevelPlace | null {
  const hit = lex.levelWords.longest(tokens, i);
  if (!hit) return null;
  let next = hit.end;
  if (tokens[next]?.text === '.' && /^tp$/i.test(tokens[next - 1]!.text)) next++;
  const level = hit.values[0]!.level;
  const written = tokens.slice(i, hit.end).filter((t) => t.text !== '.').map((t) => t.lower).join(' ');
  const levelWord = LEVEL_WORD_NAMES[written] ?? (level === 'CENTRAL' ? 'Trung ương' : written);
  const place = level === 'CENTRAL' ? null : placeAt(tokens, next, lex, known, level);
  return { level, levelWord, place, next: place ? place.next : next };
}
