import type { Article } from '../article/read-article.js';
import { phraseTokens } from '../text/tokens.js';
import type { Lexicon } from '../vocab/lexicon.js';
import { ArticleContext } from './article-context.js';
import { EntityTable, evidenceOf } from './entity-table.js';
import { findEvents, type ArticleEvent } from './events.js';
import { findModels } from './models.js';
import { findParticipations } from './participations.js';
import { findPeople, type PeopleFacts } from './people.js';
import { findPrograms } from './programs.js';
import { findAwards, findCampaigns, findDocuments } from './references.js';
import { organizationAt } from './scan-organizations.js';
import { levelPlaceAt } from './scan-places.js';
import type { Extraction } from './types.js';

/** "<A> phối hợp với <B> tổ chức <event>": the organisations before "tổ chức" in the event's sentence. */
function findOrganisers(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null, people: PeopleFacts): string[] {
  if (!event?.sentence) return [];
  const s = event.sentence;
  const { tokens, lex } = ctx;
  const cues = lex.vocabulary.events.organised.map(phraseTokens);
  let cueAt = -1;
  for (let i = s.from; i < s.to && cueAt < 0; i++) if (cues.some((c) => c.every((w, j) => tokens[i + j]?.lower === w))) cueAt = i;
  if (cueAt < 0) return [];
  const keys: string[] = [];
  for (let i = s.from; i < cueAt; i++) {
    // "tại Hội trường UBND tỉnh, …": a venue, not an organiser.
    if (tokens[i]!.lower === 'tại') {
      while (i < cueAt && tokens[i]!.text !== ',') i++;
      continue;
    }
    const org = organizationAt(tokens, i, lex, ctx.known);
    if (!org) continue;
    const key = people.orgKeyOf(org, s);
    keys.push(key);
    table.link('ORGANIZED', key, event.key, evidenceOf(ctx.text, org.start, tokens[cueAt]!.end), { confidence: 0.85 });
    i = org.next - 1;
  }
  return keys;
}

/**
 * Where the event was held: a place written after "tại" in its sentence ("tại
 * huyện Tân Phú", "tại Hội trường UBND tỉnh, xã Mỹ An"), else the one place all
 * its organisers are located in (inferred).
 */
function findVenue(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null, organisers: readonly string[]): void {
  if (!event?.sentence) return;
  const s = event.sentence;
  const { tokens, lex } = ctx;
  for (let i = s.from; i < s.to; i++) {
    // "tại điểm cầu …" names a bridge point of an online conference, not where it was held.
    if (tokens[i]!.lower !== 'tại' || lex.vocabulary.events.bridgePoint.some((b) => phraseTokens(b).every((w, k) => tokens[i + 1 + k]?.lower === w))) continue;
    for (let j = i + 1; j < Math.min(s.to, i + 10); j++) {
      const org = organizationAt(tokens, j, lex, ctx.known);
      if (org) {
        j = org.next - 1;
        continue;
      }
      const lp = levelPlaceAt(tokens, j, lex, ctx.known);
      const place = lp?.place ?? (tokens[j]!.capitalised ? lex.places.longest(tokens, j)?.values[0] ?? null : null);
      if (!place || (lp && !lp.place)) continue;
      const placeKey = table.add('Place', place.name, { kind: place.kind }, { start: tokens[j]!.start, end: tokens[(lp?.next ?? j + 1) - 1]!.end }, { confidence: 0.8 });
      table.link('HELD_IN', event.key, placeKey, evidenceOf(ctx.text, tokens[i]!.start, tokens[(lp?.next ?? j + 1) - 1]!.end), { confidence: 0.8 });
      return;
    }
  }
  const places = new Set(organisers.flatMap((o) => table.links().filter((l) => l.type === 'LOCATED_IN' && l.from === o).map((l) => l.to)));
  if (places.size === 1 && organisers.every((o) => table.links().some((l) => l.type === 'LOCATED_IN' && l.from === o))) {
    table.link('HELD_IN', event.key, [...places][0]!, null, { confidence: 0.6, inferred: true, inferenceNote: 'The article does not say where the event was held; all its organisers are located there.' });
  }
}

/**
 * Runs the stages on one article: context (tokens, sentences, places) →
 * events and their dates → people, titles and role observations →
 * participations → organisers and venue, programs, models, documents,
 * campaigns, awards.
 */
export function extractFacts(article: Article, lex: Lexicon): Extraction {
  const ctx = new ArticleContext(article.text, article.metadata, lex);
  const table = new EntityTable(article.text, lex);
  const { main } = findEvents(ctx, table);
  const people = findPeople(ctx, table, main);
  const participations = findParticipations(ctx, people.people, main, new Set(people.roles.map((r) => r.person)));
  const organisers = findOrganisers(ctx, table, main, people);
  findVenue(ctx, table, main, organisers);
  findPrograms(ctx, table, main, organisers, people.orgKeyOf);
  findModels(ctx, table, main, people.people);
  findDocuments(ctx, table, people.orgKeyOf);
  const campaigns = findCampaigns(ctx, table);
  findAwards(ctx, table, main, campaigns, (sentenceStart, at) => {
    const before = people.people.filter((p) => p.sentence.start === sentenceStart && p.mention.end <= at).pop();
    const titleOrg = before?.mention.titles.find((t) => t.org)?.org;
    if (before && titleOrg) return { org: people.orgKeyOf(titleOrg, before.sentence), person: before.person };
    const s = ctx.sentenceAt(sentenceStart);
    let org: string | null = null;
    if (s) {
      for (let i = s.from; i < s.to && ctx.tokens[i]!.start < at; i++) {
        const o = organizationAt(ctx.tokens, i, lex, ctx.known);
        if (o && o.end <= at) {
          org = people.orgKeyOf(o, s);
          i = o.next - 1;
        }
      }
    }
    return { org, person: null };
  });
  return {
    article: article.metadata,
    text: article.text,
    entities: table.all(),
    roleObservations: people.roles,
    participations,
    links: table.links(),
  };
}
