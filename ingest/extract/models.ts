import { phraseTokens, type Token } from '../text/tokens.js';
import type { ArticleContext, Sentence } from './article-context.js';
import { findDates } from './dates.js';
import { evidenceOf, type EntityTable } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import type { ResolvedPerson } from './people.js';
import { levelPlaceAt, nameWord, placeAt, sharedLevelPlaceAt } from './scan-places.js';

/**
 * Model initiatives. A model's name is the quoted text after "mô hình" (also
 * in a list: "mô hình … như: “A” và B"), or a head that names a model by
 * itself ("Hội quán", "Tổ nhân dân tự quản"), alone in such a list or followed
 * by its own capitalised name ("Hội quán Sen Hồng"). A quoted category ("mô
 * hình “Dân vận khéo”") is not a model. In the model's sentence, "của / ở /
 * tại <place>" is where it is practised (ADOPTED_IN), an origin cue ("khởi
 * nguồn từ", "ra đời tại") where it started (ORIGINATED_IN, with "năm YYYY"
 * as since), a spread cue ("nhân rộng ra") where it was taken up.
 * A list after "mô hình:" whose items are not quoted ("các mô hình: A tại xã
 * X, Y; B ở thôn Z xã W; mô hình C xã V") gives one model per item, named by
 * its words up to its place, and practised in the places of its own item only.
 */
interface ModelFound {
  name: string;
  start: number;
  end: number;
  /** For an item of an unquoted list: the tokens `[from, to)` where its places are written. */
  places?: { from: number; to: number };
}

const startsWith = (tokens: readonly Token[], i: number, phrases: readonly string[]) => phrases.map(phraseTokens).find((p) => p.every((w, j) => tokens[i + j]?.lower === w)) ?? null;

function headAt(ctx: ArticleContext, i: number): ModelFound | null {
  const { tokens, lex } = ctx;
  const head = startsWith(tokens, i, lex.vocabulary.models.heads);
  if (!head || !tokens[i]!.capitalised) return null;
  let j = i + head.length;
  while (j < tokens.length && j - i - head.length < 4 && nameWord(tokens, j, lex)) j++;
  return { name: tokens.slice(i, j).map((t) => t.text).join(' '), start: tokens[i]!.start, end: tokens[j - 1]!.end };
}

const ITEM_END = new Set([';', '.', '…']);

/** Where an unquoted list item's name ends: at a place cue, a level word or a village word. */
function itemNameEnd(ctx: ArticleContext, from: number, to: number): number {
  const { tokens, lex } = ctx;
  for (let k = from; k < to; k++) {
    if (startsWith(tokens, k, lex.vocabulary.models.place) || lex.levelWords.startsAt(tokens, k) || startsWith(tokens, k, lex.vocabulary.places.villageWords)) return k;
  }
  return -1;
}

/** "các mô hình: A tại xã X, Y; B ở thôn Z xã W; mô hình C xã V…": one model per item that names its place. */
function unquotedList(ctx: ArticleContext, s: Sentence, from: number): ModelFound[] {
  const { tokens, lex, text } = ctx;
  const out: ModelFound[] = [];
  for (let a = from; a < s.to; ) {
    let b = a;
    while (b < s.to && !ITEM_END.has(tokens[b]!.text)) b++;
    const cue = startsWith(tokens, a, lex.vocabulary.models.cue);
    const start = a + (cue?.length ?? 0);
    const end = itemNameEnd(ctx, start, b);
    if (end - start >= 2 && !tokens.slice(start, end).some((t) => t.text === '“')) {
      const written = text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/[\s,–-]+$/u, '');
      out.push({ name: written.charAt(0).toUpperCase() + written.slice(1), start: tokens[start]!.start, end: tokens[start]!.start + written.length, places: { from: end, to: b } });
    }
    if (b >= s.to || tokens[b]!.text !== ';') break;
    a = b + 1;
  }
  return out;
}

function modelsIn(ctx: ArticleContext, s: Sentence): ModelFound[] {
  const { tokens, lex, text } = ctx;
  const categories = new Set(lex.vocabulary.campaigns.modelCategories.map((c) => lex.canonical(c)));
  const out: ModelFound[] = [];
  for (let i = s.from; i < s.to; i++) {
    const cue = startsWith(tokens, i, lex.vocabulary.models.cue);
    if (!cue) {
      const own = headAt(ctx, i);
      if (own && own.name.split(' ').length > phraseTokens(lex.vocabulary.models.heads.find((h) => own.name.startsWith(h)) ?? '').length) {
        out.push(own);
        i = tokens.findIndex((t) => t.end === own.end);
      }
      continue;
    }
    const colon = tokens[i + cue.length]?.text === ':' ? i + cue.length + 1 : -1;
    if (colon > 0 && tokens[colon]?.text !== '“' && !headAt(ctx, colon)) {
      out.push(...unquotedList(ctx, s, colon));
      break;
    }
    // The list the cue introduces: up to the end of the clause.
    for (let j = i + cue.length; j < s.to && tokens[j]!.text !== ';' && tokens[j]!.text !== '.'; j++) {
      const t = tokens[j]!;
      if (t.text === '“') {
        const close = tokens.findIndex((x, k) => k > j && x.text === '”');
        if (close < 0 || close >= s.to) break;
        const name = text.slice(t.end, tokens[close]!.start).trim();
        if (name && !categories.has(lex.canonical(name))) out.push({ name, start: t.end, end: tokens[close]!.start });
        j = close;
        continue;
      }
      const own = headAt(ctx, j);
      if (own) {
        out.push(own);
        j = tokens.findIndex((x) => x.end === own.end);
      }
    }
    i += cue.length - 1;
  }
  return out;
}

const RANK: Record<string, number> = { COMMUNE: 1, DISTRICT: 2, PROVINCE: 3, MUNICIPALITY: 3, REGION: 4, COUNTRY: 5 };

interface PlaceFound {
  name: string;
  kind: string;
  start: number;
  end: number;
  next: number;
  /** "xã Tân Hòa, huyện Thủ Thừa": the place the one before it lies in, not a place of its own. */
  container?: boolean;
}

/**
 * The places written from `tokens[j]`: "xã Tân Hòa, huyện Thủ Thừa", "xã A, B"
 * (a level word shared by the names after it: a name of more than two words
 * that starts with a family name is a person's), past a village below the
 * commune ("bản Mé xã Sa Lý").
 */
function placesFrom(ctx: ArticleContext, s: Sentence, j: number, to: number): PlaceFound[] {
  const { tokens, lex } = ctx;
  const out: PlaceFound[] = [];
  let level: ReturnType<typeof levelPlaceAt> = null;
  for (let n = 0; n < 6 && j < to; n++) {
    const village = startsWith(tokens, j, lex.vocabulary.places.villageWords);
    if (village) {
      j += village.length;
      while (j < to && nameWord(tokens, j, lex)) j++;
      if (tokens[j]?.text === ',') j++;
    }
    const lp = levelPlaceAt(tokens, j, lex, ctx.known);
    let place = lp?.place ?? null;
    if (lp && !place && lp.level !== 'CENTRAL') {
      const p = ctx.placeFor(lp.level === 'CITY' ? 'PROVINCE' : lp.level, s, tokens[j]!.start);
      if (p) place = { name: p.name, kind: p.kind as never, start: tokens[j]!.start, end: tokens[lp.next - 1]!.end, next: lp.next };
    }
    place ??= placeAt(tokens, j, lex, ctx.known, null);
    if (!place && !lp && level?.place && n > 0) place = sharedLevelPlaceAt(tokens, j, lex, ctx.known, level.level);
    if (!place || place.next > to) break;
    if (lp?.place) level = lp;
    const prev = out[out.length - 1];
    const container = n > 0 && prev !== undefined && (RANK[place.kind] ?? 0) > (RANK[prev.kind] ?? 0);
    out.push({ name: place.name, kind: place.kind, start: tokens[j]!.start, end: place.end, next: lp ? lp.next : place.next, container });
    j = lp ? lp.next : place.next;
    if (tokens[j]?.text === ',' || tokens[j]?.lower === 'và') j++;
    else break;
  }
  return out;
}

function placesAfter(ctx: ArticleContext, s: Sentence, cues: readonly string[]): PlaceFound[] {
  const { tokens } = ctx;
  const out: PlaceFound[] = [];
  for (let i = s.from; i < s.to; i++) {
    const cue = startsWith(tokens, i, cues);
    if (cue) out.push(...placesFrom(ctx, s, i + cue.length, s.to));
  }
  return out;
}

export function findModels(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null, people: readonly ResolvedPerson[]): void {
  const { lex, text } = ctx;
  const m = lex.vocabulary.models;
  for (const s of ctx.sentences) {
    const models = modelsIn(ctx, s);
    if (models.length === 0) continue;
    const origin = placesAfter(ctx, s, m.origin);
    const spread = placesAfter(ctx, s, m.spread);
    const practised = placesAfter(ctx, s, m.place).filter((p) => !origin.some((o) => o.start === p.start));
    const since = findDates(s.text, s.start).find((d) => d.kind === 'YEAR' || d.kind === 'DAY' || d.kind === 'MONTH');
    const speaker = people.find((p) => p.sentence === s && p.person !== null && p.mention.start < models[0]!.start);
    for (const model of models) {
      const key = table.add('Model', model.name, {}, { start: model.start, end: model.end }, { confidence: 0.8 });
      const ev = evidenceOf(text, s.start, s.end);
      if (model.places) {
        const { from, to } = model.places;
        const cue = startsWith(ctx.tokens, from, m.place);
        const own = placesFrom(ctx, s, from + (cue?.length ?? 0), to);
        const itemEv = evidenceOf(text, model.start, ctx.tokens[to - 1]!.end);
        own.forEach((p, n) => {
          const placeKey = table.add('Place', p.name, { kind: p.kind }, { start: p.start, end: p.end }, { confidence: 0.8 });
          if (!p.container) table.link('ADOPTED_IN', key, placeKey, itemEv, { confidence: 0.7 });
          const inner = own[n - 1];
          if (p.container && inner) table.link('PART_OF', table.keyOf('Place', inner.name), placeKey, evidenceOf(text, inner.start, p.end), { confidence: 0.8 });
        });
      }
      for (const p of model.places ? [] : origin) {
        const placeKey = table.add('Place', p.name, { kind: p.kind }, { start: p.start, end: p.end }, { confidence: 0.8 });
        const options: Parameters<EntityTable['link']>[4] = { confidence: 0.75 };
        if (since) options.since = since.kind === 'DAY' ? `${since.year}-${String(since.month).padStart(2, '0')}-${String(since.day).padStart(2, '0')}` : String(since.year);
        table.link('ORIGINATED_IN', key, placeKey, ev, options);
      }
      const adopted = model.places ? [] : [...practised, ...spread];
      adopted.forEach((p, n) => {
        const placeKey = table.add('Place', p.name, { kind: p.kind }, { start: p.start, end: p.end }, { confidence: 0.8 });
        if (!p.container) table.link('ADOPTED_IN', key, placeKey, ev, { confidence: 0.7 });
        const inner = adopted[n - 1];
        if (p.container && inner) table.link('PART_OF', table.keyOf('Place', inner.name), placeKey, evidenceOf(text, inner.start, p.end), { confidence: 0.8 });
      });
      if (event) {
        const options: Parameters<EntityTable['link']>[4] = { confidence: 0.7 };
        if (speaker?.person) options.presentedBy = speaker.person;
        table.link('PRESENTED_AT', key, event.key, ev, options);
      }
    }
  }
}
