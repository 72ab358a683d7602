import { referenceDate, type ArticleMetadata } from '../article/metadata.js';
import { splitSentences, type Span } from '../text/split.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { Lexicon, PlaceRef } from '../vocab/lexicon.js';
import type { PhraseTrie } from '../vocab/phrase-trie.js';
import { orgPlace, placeHolder, type OrgMention } from './org-mention.js';
import { organizationAt } from './scan-organizations.js';
import { collectArticlePlaces, levelPlaceAt } from './scan-places.js';

export interface Sentence extends Span {
  /** Token indices `[from, to)` of the article's tokens. */
  from: number;
  to: number;
}

interface PlaceSeen {
  name: string;
  kind: string;
  start: number;
}

/**
 * What the whole article tells each sentence: its tokens and sentences, the
 * places it names (so that "UBND tỉnh" in an article about one province is
 * that province's), and the date year-less days are read against.
 */
export class ArticleContext {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  readonly known: PhraseTrie<PlaceRef>;
  readonly reference: { date: string; field: 'publishedAt' | 'updatedAt' } | null;
  private readonly provinces: PlaceSeen[] = [];
  private readonly districts: PlaceSeen[] = [];
  private readonly communes: PlaceSeen[] = [];

  constructor(
    readonly text: string,
    readonly metadata: ArticleMetadata,
    readonly lex: Lexicon,
  ) {
    this.tokens = tokenize(text);
    this.known = collectArticlePlaces(this.tokens, lex);
    this.reference = referenceDate(metadata);
    let t = 0;
    this.sentences = splitSentences(text).map((s) => {
      while (t < this.tokens.length && this.tokens[t]!.start < s.start) t++;
      const from = t;
      while (t < this.tokens.length && this.tokens[t]!.end <= s.end) t++;
      return { ...s, from, to: t };
    });
    this.collectPlaces();
  }

  private collectPlaces(): void {
    const seen = (p: { name: string; kind: string } | null, start: number) => {
      if (!p) return;
      if (p.kind === 'PROVINCE' || p.kind === 'MUNICIPALITY') this.provinces.push({ ...p, start });
      else if (p.kind === 'DISTRICT') this.districts.push({ ...p, start });
      else if (p.kind === 'COMMUNE') this.communes.push({ ...p, start });
    };
    for (const s of this.sentences) {
      for (let i = s.from; i < s.to; i++) {
        const org = organizationAt(this.tokens, i, this.lex, this.known);
        if (org) {
          seen(orgPlace(org), this.tokens[i]!.start);
          i = org.next - 1;
          continue;
        }
        const lp = levelPlaceAt(this.tokens, i, this.lex, this.known);
        if (lp) {
          seen(lp.place, this.tokens[i]!.start);
          i = lp.next - 1;
          continue;
        }
        const bare = this.lex.places.longest(this.tokens, i);
        if (bare && !bare.values[0]!.needsCityWord && this.tokens[i]!.capitalised) {
          seen(bare.values[0]!, this.tokens[i]!.start);
          i = bare.end - 1;
        }
      }
    }
  }

  private static dominant(list: readonly PlaceSeen[]): PlaceSeen | null {
    const counts = new Map<string, { n: number; first: PlaceSeen }>();
    for (const p of list) {
      const c = counts.get(p.name);
      if (c) c.n++;
      else counts.set(p.name, { n: 1, first: p });
    }
    let best: { n: number; first: PlaceSeen } | null = null;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return best ? best.first : null;
  }

  /** The place a level word without a name refers to at `at`: the last one of that level named before it in its sentence, else the article's. */
  placeFor(level: string, sentence: Sentence, at: number): { name: string; kind: string; fromArticle: boolean } | null {
    const list = level === 'PROVINCE' ? this.provinces : level === 'DISTRICT' ? this.districts : level === 'COMMUNE' ? this.communes : [];
    const local = list.filter((p) => p.start >= sentence.start && p.start < at).pop();
    if (local) return { name: local.name, kind: local.kind, fromArticle: false };
    const dominant = ArticleContext.dominant(list);
    return dominant ? { name: dominant.name, kind: dominant.kind, fromArticle: true } : null;
  }

  /** Gives a mention that lacks its place the place of its sentence or article; returns why, or null. */
  resolve(org: OrgMention, sentence: Sentence): string | null {
    const holder = placeHolder(org);
    if (holder.place || !holder.needsPlace || !holder.level) return null;
    const found = this.placeFor(holder.level, sentence, holder.start);
    if (!found) return null;
    holder.place = { name: found.name, kind: found.kind as never };
    holder.placeInferred = found.fromArticle
      ? `"${this.text.slice(holder.start, holder.end)}" names no place; the article is about ${found.name}, the ${holder.level === 'PROVINCE' ? 'province' : holder.level === 'DISTRICT' ? 'district' : 'commune'} it names most.`
      : `"${this.text.slice(holder.start, holder.end)}" names no place; its sentence names ${found.name} before it.`;
    return holder.placeInferred;
  }

  sentenceAt(offset: number): Sentence | undefined {
    return this.sentences.find((s) => s.start <= offset && offset < s.end);
  }
}
