import { phraseTokens, type Token } from '../text/tokens.js';
import type { ArticleContext, Sentence } from './article-context.js';
import { findDates } from './dates.js';
import { evidenceOf, type EntityTable } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import type { ResolvedPerson } from './people.js';
import { levelPlaceAt, nameWord, placeAt } from './scan-places.js';

/**
 * Model initiatives. A model's name is the quoted text after "mô hình" (also
 * in a list: "mô hình … như: “A” và B"), or a head that names a model by
 * itself ("Hội quán", "Tổ nhân dân tự quản"), alone in such a list or followed
 * by its own capitalised name ("Hội quán Sen Hồng"). A quoted category ("mô
 * hình “Dân vận khéo”") is not a model. In the model's sentence, "của / ở /
 * tại <place>" is where it is practised (ADOPTED_IN), an origin cue ("khởi
 * nguồn từ", "ra đời tại") where it started (ORIGINATED_IN, with "năm YYYY"
 * as since), a spread cue ("nhân rộng ra") where it was taken up.
 */
interface ModelFound {
  name: string;
  start: number;
  end: number;
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

function placesAfter(ctx: ArticleContext, s: Sentence, cues: readonly string[]): PlaceFound[] {
  const { tokens, lex } = ctx;
  const out: PlaceFound[] = [];
  for (let i = s.from; i < s.to; i++) {
    const cue = startsWith(tokens, i, cues);
    if (!cue) continue;
    let j = i + cue.length;
    for (let n = 0; n < 6 && j < s.to; n++) {
      const lp = levelPlaceAt(tokens, j, lex, ctx.known);
      let place = lp?.place ?? null;
      if (lp && !place && lp.level !== 'CENTRAL') {
        const p = ctx.placeFor(lp.level === 'CITY' ? 'PROVINCE' : lp.level, s, tokens[j]!.start);
        if (p) place = { name: p.name, kind: p.kind as never, start: tokens[j]!.start, end: tokens[lp.next - 1]!.end, next: lp.next };
      }
      place ??= placeAt(tokens, j, lex, ctx.known, null);
      if (!place) break;
      const prev = out[out.length - 1];
      const container = n > 0 && prev !== undefined && (RANK[place.kind] ?? 0) > (RANK[prev.kind] ?? 0);
      out.push({ name: place.name, kind: place.kind, start: tokens[j]!.start, end: place.end, next: lp ? lp.next : place.next, container });
      j = lp ? lp.next : place.next;
      if (tokens[j]?.text === ',' || tokens[j]?.lower === 'và') j++;
      else break;
    }
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
      for (const p of origin) {
        const placeKey = table.add('Place', p.name, { kind: p.kind }, { start: p.start, end: p.end }, { confidence: 0.8 });
        const options: Parameters<EntityTable['link']>[4] = { confidence: 0.75 };
        if (since) options.since = since.kind === 'DAY' ? `${since.year}-${String(since.month).padStart(2, '0')}-${String(since.day).padStart(2, '0')}` : String(since.year);
        table.link('ORIGINATED_IN', key, placeKey, ev, options);
      }
      const adopted = [...practised, ...spread];
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
