import { phraseTokens, type Token } from '../text/tokens.js';
import type { ProgramKind } from '../vocab/types.js';
import type { ArticleContext, Sentence } from './article-context.js';
import { findDates } from './dates.js';
import { evidenceOf, type EntityTable } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import type { OrgMention } from './org-mention.js';
import { organizationAt } from './scan-organizations.js';

/**
 * Coordination programs and plans: a head ("Chương trình phối hợp", "Kế hoạch
 * phối hợp"), its parties ("giữa A và B", "giữa A với các cơ quan gồm B; C";
 * without "giữa", the bodies that sign it and those it is signed "với": "A ký
 * kết chương trình … với B và C", "A và 2 đồn biên phòng cũng ký kết …"),
 * its period ("giai đoạn 2021–2025") or year ("năm 2023"), and what happened to
 * it at the reported event (signed: "ký kết …"; reviewed: "sơ kết …",
 * "Kết quả 5 năm thực hiện …"). Mentions of one program (same kind and period)
 * are one program, and so is a mention without a period that shares a party with
 * the one program of its kind that has one. Parties the article does not give are the event's
 * organisers when the program was signed there or "giữa hai cơ quan" says so
 * (inferred).
 */
interface ProgramFound {
  kind: ProgramKind;
  /** The head as written, capitalised ("Quy chế phối hợp"). */
  head: string;
  startYear: number | null;
  endYear: number | null;
  periodInferred: string | null;
  parties: { key: string; start: number; end: number }[];
  organisers: boolean;
  signed: boolean;
  reviewed: boolean;
  start: number;
  end: number;
}

const has = (tokens: readonly Token[], from: number, to: number, phrase: string) => {
  const words = phraseTokens(phrase);
  for (let i = Math.max(0, from); i < to; i++) if (words.every((w, j) => tokens[i + j]?.lower === w)) return true;
  return false;
};

function partiesAt(ctx: ArticleContext, s: Sentence, i: number, end: number, orgKey: (o: OrgMention, s: Sentence) => string): { parties: ProgramFound['parties']; organisers: boolean } {
  const { tokens, lex } = ctx;
  const fillers = lex.vocabulary.programs.partyFillers.map(phraseTokens);
  const parties: ProgramFound['parties'] = [];
  if (tokens[i]?.lower === 'hai' && /^(cơ quan|bên|đơn vị)/.test(`${tokens[i + 1]?.lower} ${tokens[i + 2]?.lower ?? ''}`)) return { parties, organisers: true };
  let j = i;
  while (j < end) {
    const org = organizationAt(tokens, j, lex, ctx.known);
    if (org) {
      parties.push({ key: orgKey(org, s), start: org.start, end: org.end });
      j = org.next;
      continue;
    }
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') {
      j++;
      continue;
    }
    const filler = fillers.find((f) => f.every((w, k) => tokens[j + k]?.lower === w));
    if (!filler) break;
    j += filler.length;
  }
  return { parties, organisers: false };
}

const NUMBER_WORDS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/**
 * "2 đồn biên phòng", "hai đồn biên phòng": as many bodies of a kind that has
 * names of its own (organizations.yaml `named`) as the article has named before,
 * when it has named exactly that many.
 */
function countedBodiesAt(ctx: ArticleContext, table: EntityTable, i: number): { keys: string[]; next: number } | null {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  const n = t ? (/^\d+$/.test(t.text) ? Number(t.text) : NUMBER_WORDS[t.lower]) : undefined;
  if (!t || !n || n < 2) return null;
  for (const entry of lex.vocabulary.organizations.named) {
    const words = entry.forms.map(phraseTokens).find((w) => w.every((x, k) => tokens[i + 1 + k]?.lower === x));
    if (!words) continue;
    const named = table.all().filter((e) => e.label === 'Organization' && e.fields.kind === entry.kind && e.mentions.some((m) => m.start < t.start));
    return named.length === n ? { keys: named.map((e) => e.key), next: i + 1 + words.length } : null;
  }
  return null;
}

/**
 * The bodies written right before the verb that signs a program ("Ban Dân vận
 * Thành ủy X và Đồn Biên phòng Y ký kết …"), joined by commas and "và"; none
 * when people sign it (their titles name bodies that are not parties).
 */
function signatoriesBefore(ctx: ArticleContext, table: EntityTable, s: Sentence, verbAt: number, orgKey: (o: OrgMention, s: Sentence) => string): ProgramFound['parties'] {
  const { tokens, lex } = ctx;
  const joiners = new Set([',', 'và', 'với', ...lex.vocabulary.participation.between]);
  for (let k = s.from; k < verbAt; k++) if (lex.titles.startsAt(tokens, k) || lex.honorifics.startsAt(tokens, k)) return [];
  let run: ProgramFound['parties'] = [];
  for (let k = s.from; k < verbAt; ) {
    const org = organizationAt(tokens, k, lex, ctx.known);
    if (org && org.next <= verbAt) {
      run.push({ key: orgKey(org, s), start: org.start, end: org.end });
      k = org.next;
      continue;
    }
    const counted = countedBodiesAt(ctx, table, k);
    if (counted && counted.next <= verbAt) {
      for (const key of counted.keys) run.push({ key, start: tokens[k]!.start, end: tokens[counted.next - 1]!.end });
      k = counted.next;
      continue;
    }
    if (!joiners.has(tokens[k]!.lower)) run = [];
    k++;
  }
  return run;
}

export function findPrograms(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null, organisers: readonly string[], orgKey: (o: OrgMention, s: Sentence) => string): void {
  const { tokens, lex, text } = ctx;
  const found: ProgramFound[] = [];
  const eventYear = event?.date ? Number(event.date.slice(0, 4)) : null;
  for (const s of ctx.sentences) {
    const heads: { i: number; end: number; kind: ProgramKind }[] = [];
    for (let i = s.from; i < s.to; i++) {
      const hit = lex.programHeads.longest(tokens, i);
      if (hit) {
        heads.push({ i, end: hit.end, kind: hit.values[0]!.kind });
        i = hit.end - 1;
      }
    }
    heads.forEach((h, n) => {
      const limit = heads[n + 1]?.i ?? s.to;
      const phraseEnd = tokens[limit - 1]!.end;
      const dates = findDates(text.slice(tokens[h.end - 1]!.end, phraseEnd), tokens[h.end - 1]!.end);
      const period = dates.find((d) => d.kind === 'PERIOD');
      const year = h.kind === 'COORDINATION_PLAN' ? dates.find((d) => d.kind === 'YEAR' && d.start - tokens[h.end - 1]!.end <= 2) : undefined;
      let startYear = period?.year ?? year?.year ?? null;
      let endYear = period?.endYear ?? year?.year ?? null;
      let periodInferred: string | null = null;
      const before = text.slice(s.start, tokens[h.i]!.start);
      const implemented = new RegExp(`(\\d+)\\s+(?:${lex.vocabulary.programs.yearsOfImplementation.join('|')})\\s*,?\\s*$`, 'iu').exec(before);
      if (!startYear && implemented && eventYear) {
        const years = Number(implemented[1]);
        startYear = eventYear - years;
        endYear = eventYear - 1;
        periodInferred = `The article gives no period; it reviews "${implemented[0]}" at an event of ${eventYear}, so the program ran ${startYear}–${endYear}.`;
      }
      let parties: ProgramFound['parties'] = [];
      let byOrganisers = false;
      for (let j = h.end; j < limit; j++) {
        if (tokens[j]!.lower !== 'giữa') continue;
        const r = partiesAt(ctx, s, j + 1, limit, orgKey);
        parties = r.parties;
        byOrganisers = r.organisers;
        break;
      }
      const verbAt = has(tokens, h.i - 2, h.i - 1, 'ký kết') ? h.i - 2 : has(tokens, h.i - 1, h.i, 'ký') ? h.i - 1 : -1;
      if (parties.length === 0 && !byOrganisers && verbAt >= 0) {
        parties = signatoriesBefore(ctx, table, s, verbAt, orgKey);
        const withAt = tokens.slice(h.end, limit).findIndex((t) => t.lower === 'với');
        if (parties.length > 0 && withAt >= 0) parties.push(...partiesAt(ctx, s, h.end + withAt + 1, limit, orgKey).parties);
      }
      // Signed at the reported event, unless the sentence dates the signing otherwise ("Năm 2022, xã đã ký kết …").
      const otherTime = eventYear !== null && findDates(before, s.start).some((d) => d.year !== undefined && d.year !== eventYear && d.kind !== 'PERIOD');
      const signed = !otherTime && (has(tokens, h.i - 2, h.i, 'ký kết') || has(tokens, h.i - 1, h.i, 'ký'));
      const reviewed = Boolean(implemented) || has(tokens, h.i - 6, h.i, 'sơ kết') || has(tokens, h.i - 6, h.i, 'tổng kết');
      if (!startYear && parties.length === 0 && !byOrganisers) return;
      const written = tokens.slice(h.i, h.end).map((t) => t.text).join(' ');
      found.push({ kind: h.kind, head: written.charAt(0).toUpperCase() + written.slice(1), startYear, endYear, periodInferred, parties, organisers: byOrganisers, signed, reviewed, start: tokens[h.i]!.start, end: phraseEnd });
    });
  }
  const merged = new Map<string, ProgramFound[]>();
  for (const p of found) {
    const id = `${p.kind}|${p.startYear ?? ''}|${p.endYear ?? ''}`;
    merged.set(id, [...(merged.get(id) ?? []), p]);
  }
  // A mention without a period ("… ký kết chương trình phối hợp.") sharing a party with the one program of its kind that has a period is that program.
  for (const [id, group] of merged) {
    if (group[0]!.startYear !== null) continue;
    const dated = [...merged.entries()].filter(([, g]) => g[0]!.kind === group[0]!.kind && g[0]!.startYear !== null);
    const parties = new Set(group.flatMap((p) => p.parties.map((x) => x.key)));
    if (dated.length !== 1 || !dated[0]![1].some((p) => p.parties.some((x) => parties.has(x.key)))) continue;
    dated[0]![1].push(...group);
    merged.delete(id);
  }
  for (const [id, group] of merged) {
    const first = group[0]!;
    const period = first.startYear ? (first.startYear === first.endYear ? ` năm ${first.startYear}` : ` giai đoạn ${first.startYear}–${first.endYear}`) : '';
    const head = first.head;
    const partyKeys = [...new Set(group.flatMap((p) => p.parties.map((x) => x.key)))];
    const partyNames = partyKeys.map((k) => table.get(k)?.name ?? '').filter((n) => n !== '');
    const name = `${head}${partyNames.length === 2 ? ` giữa ${partyNames[0]} và ${partyNames[1]}` : partyNames.length > 2 ? ` giữa ${partyNames[0]} và các cơ quan` : ''}${period}`;
    const fields: Record<string, string | number> = { kind: first.kind };
    if (first.startYear) fields.startYear = first.startYear;
    if (first.endYear) fields.endYear = first.endYear;
    const options: Parameters<EntityTable['add']>[4] = { key: `Program:${id}`, confidence: 0.8, inferred: Boolean(first.periodInferred) };
    if (first.periodInferred) options.inferenceNote = first.periodInferred;
    const key = table.add('Program', name, fields, null, options);
    for (const p of group) table.add('Program', name, {}, { start: p.start, end: p.end }, { key });
    for (const p of group) for (const party of p.parties) table.link('PARTY_TO', party.key, key, evidenceOf(text, party.start, party.end), { confidence: 0.85 });
    const stated = group.some((p) => p.parties.length > 0);
    if (!stated && (group.some((p) => p.organisers) || group.some((p) => p.signed)) && organisers.length > 0) {
      const why = group.some((p) => p.organisers) ? '"giữa hai cơ quan" refers to the two organisers of the event.' : 'The article names who signed, not the parties; the parties are taken to be the organisers of the event it was signed at.';
      for (const o of organisers) table.link('PARTY_TO', o, key, evidenceOf(text, first.start, first.end), { confidence: 0.6, inferred: true, inferenceNote: why });
    }
    if (event) {
      if (group.some((p) => p.signed)) table.link('SIGNED_AT', key, event.key, evidenceOf(text, first.start, first.end), { confidence: 0.8 });
      if (group.some((p) => p.reviewed)) table.link('REVIEWED_AT', key, event.key, evidenceOf(text, first.start, first.end), { confidence: 0.7 });
    }
  }
}
