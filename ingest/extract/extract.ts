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
 * Runs the stages on one article: context (tokens, sentences, places) →
 * events and their dates → people, titles and role observations →
 * participations → organisers, programs, models, documents, campaigns, awards.
 */
export function extractFacts(article: Article, lex: Lexicon): Extraction {
  const ctx = new ArticleContext(article.text, article.metadata, lex);
  const table = new EntityTable(article.text, lex);
  const { main } = findEvents(ctx, table);
  const people = findPeople(ctx, table, main);
  const participations = findParticipations(ctx, people.people, main);
  const organisers = findOrganisers(ctx, table, main, people);
  findPrograms(ctx, table, main, organisers, people.orgKeyOf);
  findModels(ctx, table, main, people.people);
  findDocuments(ctx, table);
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
