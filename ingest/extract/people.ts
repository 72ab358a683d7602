import type { ArticleContext, Sentence } from './article-context.js';
import type { EntityTable } from './entity-table.js';
import { evidenceOf } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import { orgName, orgNeedsPlace, orgPlace, type OrgMention } from './org-mention.js';
import { scanPeople, type PersonMention } from './scan-people.js';
import type { TitleItem } from './scan-titles.js';
import type { ProposedRoleObservation } from './types.js';

/** A person mention of a sentence, with the registry key of who it is (null: a title nobody in the article holds). */
export interface ResolvedPerson {
  mention: PersonMention;
  sentence: Sentence;
  person: string | null;
  /** The mention is a title standing for a person named elsewhere. */
  byTitle: boolean;
}

/**
 * "Bí thư Ban Cán sự đảng" with no body after it, beside "Chủ tịch UBND tỉnh":
 * the civil-affairs committee sits in the State body its holder heads.
 */
function completeCivilAffairs(items: readonly TitleItem[]): string | null {
  for (const item of items) {
    const org = item.org;
    if (!org || org.kind !== 'PARTY_CIVIL_AFFAIRS_COMMITTEE' || org.parent) continue;
    const body = items.find((x) => x.org && x.org.line === 'STATE' && (x.org.kind === 'PEOPLES_COMMITTEE' || x.org.kind === 'GOVERNMENT'));
    if (!body?.org) continue;
    org.parent = { ...body.org };
    org.join = 'prefix';
    org.level = body.org.level;
    return `"${org.baseName}" names no body; the same person heads ${orgName(body.org)}, in which the committee sits.`;
  }
  return null;
}

/** "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy": a committee title written without its committee takes the next title's. */
function borrowCommittees(items: readonly TitleItem[]): Map<TitleItem, string> {
  const notes = new Map<TitleItem, string>();
  items.forEach((item, n) => {
    if (item.org || !item.entry.ofCommittee) return;
    for (const later of items.slice(n + 1)) {
      const org = later.org;
      const committee = org?.kind === 'PARTY_COMMITTEE' ? org : org?.join === 'prefix' && org.parent?.kind === 'PARTY_COMMITTEE' ? org.parent : null;
      if (!committee) continue;
      item.org = { ...committee, parent: null, join: 'none' };
      notes.set(item, `"${item.title}" is written without its committee; it is the committee of the title after it (${orgName(committee)}).`);
      return;
    }
  });
  return notes;
}

function orgEntity(table: EntityTable, ctx: ArticleContext, org: OrgMention, sentence: Sentence): { key: string; notes: string[] } {
  const notes: string[] = [];
  const placeNote = ctx.resolve(org, sentence);
  if (placeNote) notes.push(placeNote);
  const parentNote = org.parent ? ctx.resolve(org.parent, sentence) : null;
  if (parentNote && parentNote !== placeNote) notes.push(parentNote);
  let name = orgName(org);
  // The registry's name for it: by the full name; by the words as written ("Ban Dân vân Tỉnh ủy", an alias) only
  // when the article leaves the place open, since a bare alias would otherwise override the article's own place.
  const written = ctx.text.slice(org.start, org.end);
  const byWritten = orgNeedsPlace(org) ? ctx.lex.registryOrganizations.get(ctx.lex.canonical(written)) : undefined;
  const registry = ctx.lex.registryOrganizations.get(ctx.lex.canonical(name)) ?? byWritten;
  if (registry) name = registry;
  if (registry && registry === byWritten) notes.push(`The article names no place for "${written}"; the registry has that spelling for ${registry}.`);
  const unresolved = !registry && orgNeedsPlace(org);
  const fields: Record<string, string | null> = { kind: org.kind, line: org.line };
  if (org.level) fields.level = org.level;
  const options: Parameters<EntityTable['add']>[4] = { confidence: unresolved ? 0.6 : notes.length > 0 ? 0.75 : 0.9, inferred: notes.length > 0, placeUnresolved: unresolved };
  if (notes.length > 0) options.inferenceNote = notes.join(' ');
  const key = table.add('Organization', name, fields, { start: org.start, end: org.end }, options);
  const place = orgPlace(org);
  if (place) {
    const placeKey = table.add('Place', place.name, { kind: place.kind }, null, { confidence: 0.8 });
    table.link('LOCATED_IN', key, placeKey, evidenceOf(ctx.text, org.start, org.end), { confidence: 0.8, inferred: notes.length > 0 });
  }
  return { key, notes };
}

export interface PeopleFacts {
  people: ResolvedPerson[];
  roles: ProposedRoleObservation[];
  orgKeyOf: (org: OrgMention, sentence: Sentence) => string;
}

/**
 * People, the titles written beside them, and one role observation per title:
 * person + title + organisation, dated as the event the article reports (or
 * undated when it gives no date).
 */
export function findPeople(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null): PeopleFacts {
  const people: ResolvedPerson[] = [];
  const roles = new Map<string, ProposedRoleObservation>();
  const fullNames: string[] = [];
  const orgKeyOf = (org: OrgMention, sentence: Sentence) => orgEntity(table, ctx, org, sentence).key;
  for (const sentence of ctx.sentences) {
    for (const mention of scanPeople(ctx.tokens, sentence.from, sentence.to, ctx.lex, ctx.known)) {
      let person: string | null = null;
      if (mention.name) {
        let name = mention.registryName ?? mention.name;
        // "ông Tài": one word after an honorific is the last word of a name the article gave in full.
        if (!name.includes(' ')) name = fullNames.find((f) => f.endsWith(` ${name}`)) ?? name;
        if (!name.includes(' ')) continue;
        if (!fullNames.includes(name)) fullNames.push(name);
        person = table.add('Person', name, {}, { start: mention.nameStart, end: mention.nameEnd }, { confidence: mention.titles.length > 0 ? 0.9 : 0.75 });
      }
      const civilNote = completeCivilAffairs(mention.titles);
      const borrowed = borrowCommittees(mention.titles);
      people.push({ mention, sentence, person, byTitle: person === null });
      for (const item of mention.titles) {
        if (!item.org) continue;
        const { key: organization, notes } = orgEntity(table, ctx, item.org, sentence);
        if (!person) continue;
        if (civilNote && item.org.kind === 'PARTY_CIVIL_AFFAIRS_COMMITTEE') notes.push(civilNote);
        if (borrowed.has(item)) notes.push(borrowed.get(item)!);
        const titleAsWritten = ctx.text.slice(item.start, item.end);
        const id = `${person}|${ctx.lex.canonical(item.title)}|${organization}`;
        const existing = roles.get(id);
        const evidence = evidenceOf(ctx.text, Math.min(mention.start, item.start), Math.max(mention.nameEnd, item.end));
        if (existing) {
          existing.evidence.push(evidence);
          continue;
        }
        const eventInferred = event?.date ? Boolean(table.get(event.key)?.inferred) : false;
        // Without a dated event, the title is observed on the article's own date.
        const articleDate = event?.date ? null : ctx.reference?.date ?? null;
        const allNotes = [
          ...notes,
          ...(eventInferred && table.get(event!.key)?.inferenceNote ? [table.get(event!.key)!.inferenceNote!] : []),
          ...(articleDate ? [`The article gives no date for an event; the title is observed on the article's date (${ctx.reference!.field}).`] : []),
        ];
        const role: ProposedRoleObservation = {
          person,
          organization,
          title: item.title,
          titleAsWritten,
          observedAt: event?.date ?? articleDate,
          evidence: [evidence],
          confidence: item.orgImplied ? 0.8 : notes.length > 0 ? 0.75 : 0.9,
          inferred: allNotes.length > 0,
        };
        if (event) role.event = event.key;
        if (allNotes.length > 0) role.inferenceNote = allNotes.join(' ');
        roles.set(id, role);
      }
    }
  }
  resolveTitleReferences(ctx, table, people, [...roles.values()]);
  return { people, roles: [...roles.values()], orgKeyOf };
}

/** "Thủ tướng Chính phủ ghi nhận": a title with no name is the person the article names with that title and organisation. */
function resolveTitleReferences(ctx: ArticleContext, table: EntityTable, people: ResolvedPerson[], roles: readonly ProposedRoleObservation[]): void {
  for (const p of people) {
    if (!p.byTitle) continue;
    const holders = new Set<string>();
    for (const item of p.mention.titles) {
      if (!item.org) continue;
      const name = orgName(item.org);
      const orgKey = table.keyOf('Organization', ctx.lex.registryOrganizations.get(ctx.lex.canonical(name)) ?? name);
      for (const r of roles) if (ctx.lex.canonical(r.title) === ctx.lex.canonical(item.title) && r.organization === orgKey) holders.add(r.person);
    }
    if (holders.size === 1) p.person = [...holders][0]!;
  }
}
