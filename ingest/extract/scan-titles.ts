import type { Token } from '../text/tokens.js';
import type { Lexicon, PlaceRef } from '../vocab/lexicon.js';
import type { PhraseTrie } from '../vocab/phrase-trie.js';
import type { BodyEntry, CommitteeEntry, TitleEntry } from '../vocab/types.js';
import type { OrgMention } from './org-mention.js';
import { organizationAt } from './scan-organizations.js';
import { placeAt } from './scan-places.js';

/** One title of a title list, with the organisation it is held in (when written or implied). */
export interface TitleItem {
  title: string;
  entry: TitleEntry;
  org: OrgMention | null;
  /** The organisation is implied by the title, not written. */
  orgImplied: boolean;
  start: number;
  end: number;
  next: number;
}

function singleton(lex: Lexicon, name: string, start: number, end: number, next: number): OrgMention | null {
  const entry = lex.vocabulary.organizations.singletons.find((s: BodyEntry) => s.name === name);
  if (!entry) return null;
  return { kind: entry.kind, line: entry.line ?? null, level: entry.level ?? 'CENTRAL', baseName: name, place: null, needsPlace: false, parent: null, join: 'none', start, end, next };
}

/** The title written at `tokens[i]` and its organisation. */
export function titleItemAt(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>): TitleItem | null {
  const hit = lex.titles.longest(tokens, i);
  if (!hit) return null;
  const entry = hit.values[0]!;
  const start = tokens[i]!.start;
  const titleEnd = tokens[hit.end - 1]!.end;
  const item = (org: OrgMention | null, orgImplied: boolean, next: number): TitleItem => ({
    title: entry.title,
    entry,
    org,
    orgImplied,
    start,
    end: org && !orgImplied ? Math.max(org.end, titleEnd) : titleEnd,
    next,
  });
  if (entry.impliedOnly && entry.implied) return item(singleton(lex, entry.implied, start, titleEnd, hit.end), true, hit.end);
  if (entry.committee) {
    const c = lex.vocabulary.organizations.committees.find((x: CommitteeEntry) => x.name === entry.committee);
    if (!c) return item(null, false, hit.end);
    const place = placeAt(tokens, hit.end, lex, known, c.level === 'PROVINCE' ? 'CITY' : c.level, false);
    const next = place ? place.next : hit.end;
    const org: OrgMention = {
      kind: 'PARTY_COMMITTEE', line: 'PARTY', level: c.level, baseName: c.name, place: place ? { name: place.name, kind: place.kind } : null, needsPlace: true,
      parent: null, join: 'none', start, end: place ? place.end : titleEnd, next,
    };
    return { ...item(org, false, next), end: org.end };
  }
  const orgStart = entry.sharesLast ? hit.end - entry.sharesLast : hit.end;
  const org = organizationAt(tokens, orgStart, lex, known);
  if (org && org.next > hit.end) return item(org, false, org.next);
  if (entry.implied) return item(singleton(lex, entry.implied, start, titleEnd, hit.end), true, hit.end);
  return item(null, false, hit.end);
}

const SEPARATORS = new Set([',', ';', '/', '–', '-', 'và']);

/**
 * A list of titles sharing one holder: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
 * "UVTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy", "Tỉnh ủy viên – Phó Chủ tịch UBND tỉnh".
 */
export function titleListAt(tokens: readonly Token[], i: number, lex: Lexicon, known: PhraseTrie<PlaceRef>, limit = tokens.length): TitleItem[] {
  const items: TitleItem[] = [];
  let j = i;
  while (j < limit) {
    const item = titleItemAt(tokens, j, lex, known);
    if (!item || item.next > limit) break;
    items.push(item);
    j = item.next;
    if (j < limit && SEPARATORS.has(tokens[j]!.lower) && titleItemAt(tokens, j + 1, lex, known)) j++;
    else break;
  }
  return items;
}
