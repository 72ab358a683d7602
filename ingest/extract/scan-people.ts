import type { Token } from '../text/tokens.js';
import type { Lexicon, PlaceRef } from '../vocab/lexicon.js';
import type { PhraseTrie } from '../vocab/phrase-trie.js';
import { organizationAt } from './scan-organizations.js';
import { bracketedProvinceAt, levelPlaceAt, nameWord, sharedLevelPlaceAt } from './scan-places.js';
import { titleListAt, type TitleItem } from './scan-titles.js';

/**
 * A person as one sentence writes them, with the titles written beside the
 * name. Shapes: "ông X – T1, T2" (titles after), "T X" (title before:
 * "Trưởng Ban Tổ chức Trung ương Hầu Văn Lộc"), or only titles standing for
 * someone named elsewhere ("Thủ tướng Chính phủ ghi nhận"): `name` is null then.
 */
export interface PersonMention {
  name: string | null;
  /** The name's own range (without honorific or titles). */
  nameStart: number;
  nameEnd: number;
  titles: TitleItem[];
  /** The whole mention: honorific, name and titles. */
  start: number;
  end: number;
  /** Token index after the mention. */
  next: number;
  /** The registry's spelling, when the gazetteer knew the name. */
  registryName?: string;
}

const MAX_NAME = 5;
const TITLE_SEPARATORS = new Set(['–', '-', ',', ':', '(']);
const PLACE_LIST_END = new Set([',', ';', '.', '…', ')']);

interface NameMatch {
  name: string;
  start: number;
  end: number;
  next: number;
  registryName?: string;
}

/** A name at `tokens[i]`: one the registry knows, or capitalised words (after an honorific, or starting with a family name). */
export function nameAt(tokens: readonly Token[], i: number, lex: Lexicon, afterHonorific: boolean, known?: PhraseTrie<PlaceRef>): NameMatch | null {
  const t = tokens[i];
  if (!t || !t.capitalised) return null;
  // "Đồng Tháp", "Châu Thành": a place the vocabulary or the article names is not a name, whatever its first word.
  if (!afterHonorific && (lex.places.longest(tokens, i)?.values.some((p) => !p.needsCityWord) || known?.startsAt(tokens, i))) return null;
  const registry = lex.gazetteerPeople.longest(tokens, i);
  if (registry && tokens.slice(i, registry.end).every((x) => x.capitalised || !x.isWord)) {
    return { name: tokens.slice(i, registry.end).map((x) => x.text).join(' '), start: t.start, end: tokens[registry.end - 1]!.end, next: registry.end, registryName: registry.values[0]! };
  }
  if (!nameWord(tokens, i, lex) && !(afterHonorific && t.isWord && /^\p{Lu}\p{Ll}/u.test(t.text) && !lex.titles.startsAt(tokens, i) && !lex.orgs.startsAt(tokens, i))) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_NAME && nameWord(tokens, j, lex)) j++;
  const length = j - i;
  if (!afterHonorific && (length < 2 || !lex.isSurname(t.text))) return null;
  // "Lục Ngạn (Bắc Giang)": words followed by their province in brackets are a place.
  if (!afterHonorific && bracketedProvinceAt(tokens, j, lex)) return null;
  if (afterHonorific && length < 1) return null;
  return { name: tokens.slice(i, j).map((x) => x.text).join(' '), start: t.start, end: tokens[j - 1]!.end, next: j };
}

function honorificName(tokens: readonly Token[], i: number, lex: Lexicon): { name: NameMatch; start: number } | null {
  if (lex.pluralHonorifics.longest(tokens, i)) return null;
  const h = lex.honorifics.longest(tokens, i);
  if (!h) return null;
  const name = nameAt(tokens, h.end, lex, true);
  return name ? { name, start: tokens[i]!.start } : null;
}

/** The titles written right after a name: "– T1, T2", ", T1", "(T1)". */
function titlesAfter(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>, limit: number): { titles: TitleItem[]; next: number } {
  const sep = tokens[i];
  if (!sep || !TITLE_SEPARATORS.has(sep.text)) return { titles: [], next: i };
  const titles = titleListAt(tokens, i + 1, lex, known, limit);
  if (titles.length === 0) return { titles: [], next: i };
  let next = titles[titles.length - 1]!.next;
  if (sep.text === '(' && tokens[next]?.text === ')') next++;
  return { titles, next };
}

/** Every person (or title standing for one) in the tokens `[from, to)` of a sentence. */
export function scanPeople(tokens: readonly Token[], from: number, to: number, lex: Lexicon, known: PhraseTrie<PlaceRef>): PersonMention[] {
  const people: PersonMention[] = [];
  let i = from;
  const withTitlesAfter = (name: NameMatch, start: number) => {
    const after = titlesAfter(tokens, name.next, lex, known, to);
    const last = after.titles[after.titles.length - 1];
    const mention: PersonMention = { name: name.name, nameStart: name.start, nameEnd: name.end, titles: after.titles, start, end: last ? Math.max(last.end, tokens[after.next - 1]!.end) : name.end, next: after.next };
    if (name.registryName) mention.registryName = name.registryName;
    people.push(mention);
    i = after.next;
  };
  while (i < to) {
    const plural = lex.pluralHonorifics.longest(tokens, i);
    if (plural) {
      i = plural.end;
      continue;
    }
    const hn = honorificName(tokens, i, lex);
    if (hn && hn.name.next <= to) {
      withTitlesAfter(hn.name, hn.start);
      continue;
    }
    if (tokens[i]!.capitalised && lex.titles.startsAt(tokens, i)) {
      const titles = titleListAt(tokens, i, lex, known, to);
      if (titles.length > 0) {
        const k = titles[titles.length - 1]!.next;
        const direct = nameAt(tokens, k, lex, false, known) ?? honorificName(tokens, k, lex)?.name ?? null;
        const afterComma = !direct && tokens[k]?.text === ',' ? honorificName(tokens, k + 1, lex)?.name ?? null : null;
        const name = direct ?? afterComma;
        if (name && name.next <= to) {
          const mention: PersonMention = { name: name.name, nameStart: name.start, nameEnd: name.end, titles, start: tokens[i]!.start, end: name.end, next: name.next };
          if (name.registryName) mention.registryName = name.registryName;
          people.push(mention);
          i = name.next;
        } else {
          const last = titles[titles.length - 1]!;
          people.push({ name: null, nameStart: last.end, nameEnd: last.end, titles, start: tokens[i]!.start, end: last.end, next: last.next });
          i = last.next;
        }
        continue;
      }
    }
    const org = organizationAt(tokens, i, lex, known);
    if (org) {
      i = org.next;
      continue;
    }
    const levelPlace = levelPlaceAt(tokens, i, lex, known);
    if (levelPlace) {
      i = levelPlace.next;
      // "xã Giáp Sơn, Dương Đức…": the names after it that end the list share its level word; they are places, not people.
      while (levelPlace.place && (tokens[i]?.text === ',' || tokens[i]?.lower === 'và')) {
        const shared = sharedLevelPlaceAt(tokens, i + 1, lex, known, levelPlace.level);
        if (!shared || !(shared.next >= to || PLACE_LIST_END.has(tokens[shared.next]!.text) || tokens[shared.next]!.lower === 'và')) break;
        i = shared.next;
      }
      continue;
    }
    const plain = nameAt(tokens, i, lex, false, known);
    if (plain && plain.next <= to) {
      withTitlesAfter(plain, plain.start);
      continue;
    }
    i++;
  }
  return people;
}
