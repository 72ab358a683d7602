import type { Token } from '../text/tokens.js';
import type { ParticipationCue } from '../vocab/types.js';
import type { ArticleContext, Sentence } from './article-context.js';
import { findDates, resolveDate } from './dates.js';
import { evidenceOf } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import type { ResolvedPerson } from './people.js';
import { levelPlaceAt } from './scan-places.js';
import type { ProposedParticipation, ParticipationRole } from './types.js';

/**
 * Who took part in the reported event, and how. In a sentence, people written
 * one after another ("ông A – T, ông B – T", "đồng chí A, T; đồng chí B, T")
 * form a group sharing one verb: the verb right after the group ("… đồng chủ
 * trì hội nghị"), else the nearest verb before it that no other group owns
 * ("Tham dự tại điểm cầu …, ông C, ông D"), else a verb of reported speech
 * after it ("… nhấn mạnh": spoke). Verbs joined by "và" ("tham dự và đồng chủ
 * trì", "Dự và chỉ đạo") give the group the strongest of their roles; a group
 * that chairs ("A và B chủ trì") co-chairs. A
 * reported-speech "spoke" is dropped for a person the article already says
 * directed, concluded or spoke, and for anyone the article gives no title (a
 * quoted resident is not a speaker at the event).
 */
interface Cue {
  roles: ParticipationCue[];
  from: number;
  to: number;
  reported: boolean;
}

const GROUP_JOINERS = new Set([',', ';', 'và', 'cùng', 'với']);
const MAX_LEAD = 10;
const LIST_INTRODUCERS = new Set(['có', 'gồm', ':']);

function cuesIn(ctx: ArticleContext, s: Sentence, covered: (i: number) => boolean): Cue[] {
  const { tokens, lex } = ctx;
  const cues: Cue[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (covered(i)) continue;
    const hit = lex.cues.longest(tokens, i);
    if (hit) {
      const cue = hit.values[0]!;
      const after = tokens[hit.end]?.lower;
      if (cue.notBefore && after && cue.notBefore.includes(after)) continue;
      const before = tokens[i - 1]?.lower;
      if (cue.notAfter && before && cue.notAfter.includes(before)) continue;
      const prev = cues[cues.length - 1];
      // "tham dự và đồng chủ trì": one cue, several roles.
      if (prev && !prev.reported && prev.to === i - 1 && tokens[i - 1]!.lower === 'và') {
        prev.roles.push(cue);
        prev.to = hit.end;
      } else cues.push({ roles: [cue], from: i, to: hit.end, reported: false });
      i = hit.end - 1;
      continue;
    }
    const reported = lex.reported.longest(tokens, i);
    if (reported) {
      cues.push({ roles: [], from: i, to: reported.end, reported: true });
      i = reported.end - 1;
    }
  }
  return cues;
}

function introducesList(tokens: readonly Token[], cue: Cue): boolean {
  for (let i = cue.to; i < cue.to + 4 && i < tokens.length; i++) if (LIST_INTRODUCERS.has(tokens[i]!.lower)) return true;
  return false;
}

function strongest(cue: Cue): ParticipationRole {
  return cue.roles.reduce((a, b) => (b.strength > a.strength ? b : a)).role;
}

function tokenIndexAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.start >= offset) return i;
  return to;
}

/** "tại điểm cầu huyện Châu Thành", "Tại điểm cầu Trung ương": the last bridge point named in tokens `[from, upTo)`. */
function bridgePointIn(ctx: ArticleContext, s: Sentence, from: number, upTo: number): string | null {
  const { tokens, lex } = ctx;
  let found: string | null = null;
  for (let i = from; i < upTo; i++) {
    if (!lex.vocabulary.events.bridgePoint.some((b) => b.split(' ').every((w, j) => tokens[i + j]?.lower === w))) continue;
    const k = i + 2;
    const lp = levelPlaceAt(tokens, k, lex, ctx.known);
    if (!lp) continue;
    if (lp.level === 'CENTRAL') found = 'Trung ương';
    else if (lp.place) found = `${lp.levelWord} ${lp.place.name}`;
    else {
      const place = ctx.placeFor(lp.level === 'CITY' ? 'PROVINCE' : lp.level, s, tokens[k]!.start);
      found = place ? `${lp.levelWord} ${place.name}` : lp.levelWord;
    }
  }
  return found;
}

export function findParticipations(ctx: ArticleContext, people: readonly ResolvedPerson[], event: ArticleEvent | null, officials: ReadonlySet<string>): ProposedParticipation[] {
  if (!event) return [];
  const { tokens } = ctx;
  const out: (ProposedParticipation & { reported: boolean })[] = [];
  for (const sentence of ctx.sentences) {
    const here = people.filter((p) => p.sentence === sentence && p.person !== null);
    if (here.length === 0) continue;
    // "Năm 2023, ông A đã tham dự …", "Trước đó, ngày 5/3, …": a sentence set at another time is about something else.
    const setting = findDates(sentence.text.slice(0, 30), sentence.start).find((d) => d.kind !== 'PERIOD');
    if (setting && event.date) {
      const when = resolveDate(setting, ctx.reference?.date ?? null);
      if (when && !event.date.startsWith(when.date) && !when.date.startsWith(event.date)) continue;
    }
    const spans = here.map((p) => [tokenIndexAt(tokens, p.mention.start, sentence.from, sentence.to), p.mention.next] as const);
    const covered = (i: number) => spans.some(([a, b]) => i >= a && i < b);
    const cues = cuesIn(ctx, sentence, covered);
    // Groups: people separated only by commas, semicolons, "và", "cùng".
    const groups: ResolvedPerson[][] = [];
    here.forEach((p, i) => {
      const prev = here[i - 1];
      const between = prev ? tokens.slice(prev.mention.next, tokenIndexAt(tokens, p.mention.start, sentence.from, sentence.to)) : null;
      if (prev && between && between.every((t) => GROUP_JOINERS.has(t.lower))) groups[groups.length - 1]!.push(p);
      else groups.push([p]);
    });
    const trailingOf = new Map<ResolvedPerson[], Cue>();
    const owned = new Set<Cue>();
    for (const g of groups) {
      let j = g[g.length - 1]!.mention.next;
      while (j < sentence.to && ctx.lex.vocabulary.participation.between.includes(tokens[j]!.lower)) j++;
      const cue = cues.find((c) => c.from === j);
      if (cue) {
        trailingOf.set(g, cue);
        if (!cue.reported) owned.add(cue);
      }
    }
    for (const g of groups) {
      const start = tokenIndexAt(tokens, g[0]!.mention.start, sentence.from, sentence.to);
      const trailing = trailingOf.get(g);
      const earlierGroupEnd = Math.max(sentence.from, ...groups.filter((x) => x !== g && x[x.length - 1]!.mention.next <= start).map((x) => x[x.length - 1]!.mention.next));
      // A verb before the group leads it only from close by ("Tham dự tại điểm cầu huyện X, ông …"), not from across a clause.
      // A verb that opens a list ("Dự hội nghị có …", "… gồm …") leads every group after it, up to the next verb.
      const listCue = cues.filter((c) => !c.reported && !owned.has(c) && c.to <= start && introducesList(tokens, c)).pop();
      const nearest = cues.filter((c) => !c.reported && !owned.has(c) && c.to <= start).pop();
      const leading = cues.filter((c) => !c.reported && !owned.has(c) && c.to <= start && c.from >= earlierGroupEnd && start - c.to <= MAX_LEAD).pop() ?? (listCue && listCue === nearest ? listCue : undefined);
      const cue = trailing && !trailing.reported ? trailing : leading ?? trailing;
      if (!cue) continue;
      const reported = cue.reported;
      // Two people or more who "chủ trì" together co-chair.
      const strong = reported ? 'SPOKE' : strongest(cue);
      const role: ParticipationRole = strong === 'CHAIRED' && g.length > 1 ? 'CO_CHAIRED' : strong;
      // The bridge point written before the group (after the previous group), or right after its verb ("chủ trì tại điểm cầu …").
      const bridge = bridgePointIn(ctx, sentence, earlierGroupEnd, start) ?? (cue === trailing ? bridgePointIn(ctx, sentence, cue.to, Math.min(sentence.to, cue.to + 3)) : null);
      for (const p of g) {
        const participation: ProposedParticipation & { reported: boolean } = {
          person: p.person!,
          event: event.key,
          role,
          evidence: [evidenceOf(ctx.text, Math.min(tokens[cue.from]!.start, p.mention.start), Math.max(tokens[cue.to - 1]!.end, p.mention.end))],
          confidence: reported ? 0.6 : p.byTitle ? 0.7 : 0.85,
          inferred: p.byTitle,
          reported,
        };
        if (p.byTitle) participation.inferenceNote = `"${ctx.text.slice(p.mention.start, p.mention.end)}" names no one; the article names this person with that title.`;
        const titles = p.mention.titles;
        if (titles.length > 0) participation.titleAtEvent = ctx.text.slice(titles[0]!.start, titles[titles.length - 1]!.end);
        if (bridge) participation.bridgePoint = bridge;
        out.push(participation);
      }
    }
  }
  const speaking = new Set(out.filter((p) => !p.reported && (p.role === 'SPOKE' || p.role === 'DIRECTED' || p.role === 'CONCLUDED')).map((p) => p.person));
  const merged = new Map<string, ProposedParticipation>();
  for (const { reported, ...p } of out) {
    // A reported verb makes a participant only of an official the article gives a title: a quoted resident did not "speak at" the event.
    if (reported && (speaking.has(p.person) || !officials.has(p.person))) continue;
    const id = `${p.person}|${p.role}`;
    const existing = merged.get(id);
    if (existing) {
      existing.evidence.push(...p.evidence);
      existing.confidence = Math.max(existing.confidence, p.confidence);
      if (!existing.titleAtEvent && p.titleAtEvent) existing.titleAtEvent = p.titleAtEvent;
      if (!existing.bridgePoint && p.bridgePoint) existing.bridgePoint = p.bridgePoint;
      if (existing.inferred && !p.inferred) {
        existing.inferred = false;
        delete existing.inferenceNote;
      }
    } else merged.set(id, p);
  }
  return [...merged.values()];
}
