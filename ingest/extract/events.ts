import type { Token } from '../text/tokens.js';
import type { EventKind } from '../vocab/types.js';
import type { ArticleContext, Sentence } from './article-context.js';
import { findDates, resolveDate, yearFromPeriods, type PeriodClues } from './dates.js';
import type { EntityTable } from './entity-table.js';
import { phraseTokens } from '../text/tokens.js';

/** The event an article reports, and the other events it names with a date of their own. */
export interface ArticleEvent {
  key: string;
  kind: EventKind | null;
  date: string | null;
  sentence: Sentence | null;
}

interface Phrase {
  start: number;
  end: number;
  headToken: number;
  /** Offset where the head word ends. */
  headEnd: number;
  kind: EventKind | null;
  online: boolean;
  sentence: Sentence;
}

function keywordKind(tokens: readonly Token[], from: number, to: number, ctx: ArticleContext): EventKind | null {
  for (let i = from; i < to; i++) {
    for (const { kind, keywords } of ctx.lex.vocabulary.events.kinds) {
      for (const k of keywords) {
        const parts = phraseTokens(k);
        if (parts.every((p, j) => tokens[i + j]?.lower === p)) return kind;
      }
    }
  }
  return null;
}

function contains(tokens: readonly Token[], from: number, to: number, phrases: readonly string[]): boolean {
  for (let i = from; i < to; i++) for (const p of phrases) if (phraseTokens(p).every((w, j) => tokens[i + j]?.lower === w)) return true;
  return false;
}

/** Event phrases: a head word ("hội nghị", "giao ban", "Đại hội") to the end of its clause, or a comma before a capital. */
function phrases(ctx: ArticleContext): Phrase[] {
  const { tokens, lex } = ctx;
  const out: Phrase[] = [];
  for (const sentence of ctx.sentences) {
    for (let i = sentence.from; i < sentence.to; i++) {
      const head = lex.eventHeads.longest(tokens, i);
      if (!head) continue;
      let j = head.end;
      while (j < sentence.to && j - i < 45) {
        const t = tokens[j]!;
        if (t.text === ';' || t.text === '.' || t.text === ':') break;
        if (t.text === ',' && (tokens[j + 1]?.capitalised || lex.honorifics.startsAt(tokens, j + 1))) break;
        j++;
      }
      const kind = keywordKind(tokens, i, j, ctx);
      out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, headToken: i, headEnd: tokens[head.end - 1]!.end, kind, online: contains(tokens, i, j, lex.vocabulary.events.online), sentence });
      i = j - 1;
    }
  }
  return out;
}

function cleanName(text: string): string {
  const t = text.replace(/[\s,;:.–-]+$/u, '').trim();
  return (t.charAt(0).toUpperCase() + t.slice(1)).slice(0, 300);
}

const REVIEWS: readonly (EventKind | null)[] = ['REVIEW_CONFERENCE', 'INTERIM_REVIEW', 'BRIEFING'];

/** What the event's sentence says of the periods it reviews and opens (dates.ts, yearFromPeriods). */
function periodClues(ctx: ArticleContext, p: Phrase): PeriodClues {
  const { tokens, lex, text } = ctx;
  const s = p.sentence;
  const years = findDates(s.text, s.start).filter((e) => e.kind === 'YEAR' || e.kind === 'PERIOD');
  const clues: PeriodClues = {};
  const reviewed = REVIEWS.includes(p.kind) ? years.find((e) => e.start >= p.start && e.end <= p.end) : undefined;
  if (reviewed) {
    const lead = text.slice(p.start, reviewed.end);
    const halfYear = lex.vocabulary.events.halfYear.some((cue) => new RegExp(`${cue}\\s+\\d{4}$`, 'iu').test(lead));
    const yearsIn = new RegExp(`(\\d+)\\s+(?:${lex.vocabulary.programs.yearsOfImplementation.join('|')})`, 'iu').exec(text.slice(p.start, reviewed.start));
    clues.reviewed = { expr: reviewed, halfYear, yearsIn: yearsIn ? Number(yearsIn[1]) : null };
  }
  const signing = lex.vocabulary.events.kinds.find((k) => k.kind === 'SIGNING')?.keywords ?? [];
  for (let i = s.from; i < s.to && !clues.opened; i++) {
    if (!signing.some((k) => phraseTokens(k).every((w, j) => tokens[i + j]?.lower === w))) continue;
    const opened = years.find((e) => e.kind === 'PERIOD' && e.start > tokens[i]!.start);
    if (opened) clues.opened = opened;
  }
  return clues;
}

/**
 * The first day or month the sentence gives before the event's head (else
 * anywhere in it). A day without its year takes the article's year; in an
 * article that gives no date of its own, the year its periods point to.
 */
function dateOf(ctx: ArticleContext, p: Phrase): { date: string; inferred: boolean; note?: string } | null {
  const s = p.sentence;
  const exprs = findDates(s.text, s.start).filter((e) => e.kind === 'DAY' || e.kind === 'DAY_NO_YEAR' || e.kind === 'MONTH');
  const before = exprs.filter((e) => e.end <= p.start);
  const chosen = before[0] ?? exprs[0];
  if (!chosen) return null;
  const resolved = resolveDate(chosen, ctx.reference?.date ?? null) ?? (ctx.reference ? null : yearFromPeriods(chosen, periodClues(ctx, p)));
  if (!resolved) return null;
  return resolved.inferenceNote ? { date: resolved.date, inferred: resolved.inferred, note: resolved.inferenceNote } : { date: resolved.date, inferred: resolved.inferred };
}

/**
 * An event the article reports without any date ("Tại tỉnh X, hai đồng chí … chủ
 * trì Hội nghị ký kết …") is dated to the year of the article's publication or update
 * (inferred): a report follows its event within days. Not when its sentence is
 * set in a year of its own ("Năm 2019, …").
 */
function publishedYear(ctx: ArticleContext, p: Phrase): { date: string; note: string } | null {
  if (!ctx.reference) return null;
  if (findDates(ctx.text.slice(p.sentence.start, p.start), p.sentence.start).some((e) => e.kind === 'YEAR')) return null;
  const year = ctx.reference.date.slice(0, 4);
  return { date: year, note: `The article gives no date for the event; it reports it on ${ctx.reference.date}, so it is dated to ${year}.` };
}

/** "6 tháng đầu năm 2020": a half-year review is held in that year (inferred). */
function halfYear(ctx: ArticleContext, text: string): { date: string; note: string } | null {
  for (const cue of ctx.lex.vocabulary.events.halfYear) {
    const m = new RegExp(`${cue}\\s+(\\d{4})`, 'iu').exec(text);
    if (m) return { date: m[1]!, note: `The article gives no date; a review of "${m[0]}" is held in ${m[1]}.` };
  }
  return null;
}

/**
 * "Sáng nay 6.4, Ban Dân vận Thành ủy X ký kết quy chế phối hợp … giai đoạn
 * 2024–2028 với …": an article with no event word reports a signing when
 * a dated sentence signs a program or plan. The phrase runs from the verb to the
 * program's period (else to the end of the clause).
 */
function signingPhrase(ctx: ArticleContext): Phrase | null {
  const { tokens, lex, text } = ctx;
  const signing = lex.vocabulary.events.kinds.find((k) => k.kind === 'SIGNING')?.keywords.map(phraseTokens) ?? [];
  for (const sentence of ctx.sentences) {
    const days = findDates(sentence.text, sentence.start).filter((e) => e.kind === 'DAY' || e.kind === 'DAY_NO_YEAR');
    if (days.length === 0) continue;
    for (let i = sentence.from; i < sentence.to; i++) {
      const verb = signing.find((k) => k.every((w, j) => tokens[i + j]?.lower === w));
      if (!verb || tokens[i]!.start < days[0]!.end || !lex.programHeads.longest(tokens, i + verb.length)) continue;
      let j = i + verb.length;
      while (j < sentence.to && tokens[j]!.text !== ';' && tokens[j]!.text !== '.' && tokens[j]!.text !== ':') j++;
      const clauseEnd = tokens[j - 1]!.end;
      const period = findDates(text.slice(tokens[i]!.start, clauseEnd), tokens[i]!.start).find((e) => e.kind === 'PERIOD');
      const end = period ? period.end : clauseEnd;
      return { start: tokens[i]!.start, end, headToken: i, headEnd: tokens[i + verb.length - 1]!.end, kind: 'SIGNING', online: false, sentence };
    }
  }
  return null;
}

export function findEvents(ctx: ArticleContext, table: EntityTable): { main: ArticleEvent | null; others: ArticleEvent[] } {
  const all = phrases(ctx);
  const { tokens, lex, text } = ctx;
  const title = ctx.metadata.title;
  const titleSentence = title ? ctx.sentences.find((s) => s.text === title || s.text.endsWith(title)) ?? null : null;
  const titlePhrase = titleSentence ? all.find((p) => p.sentence === titleSentence) ?? null : null;
  const titleKind = titleSentence ? keywordKind(tokens, titleSentence.from, titleSentence.to, ctx) : null;
  const organised = (p: Phrase) => contains(tokens, p.sentence.from, p.headToken, lex.vocabulary.events.organised);
  const body = all.filter((p) => p.sentence !== titleSentence && p.kind !== 'CONGRESS');
  const dated = body.find((p) => dateOf(ctx, p) && (organised(p) || p.kind));
  const found = dated ?? body.find((p) => organised(p) && p.kind) ?? (titleKind && titleKind !== 'CONGRESS' ? titlePhrase : null) ?? body.find((p) => p.kind) ?? null;
  const mainPhrase = found ?? (titleKind && titleSentence ? null : signingPhrase(ctx));
  const others: ArticleEvent[] = [];
  for (const p of all.filter((x) => x.kind === 'CONGRESS')) {
    const period = findDates(text.slice(p.start, p.end), p.start).find((e) => e.kind === 'PERIOD' && /nhiệm kỳ/i.test(e.text));
    if (!period) {
      // "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII": a congress named by its number is an event of its own, undated.
      const ordinal = /^[^;:.]*?lần thứ\s+(?:[IVXLC]+|\d+)(?![\p{L}\p{N}])/u.exec(text.slice(p.start, p.end));
      if (!ordinal) continue;
      const key = table.add('Event', cleanName(ordinal[0]), { kind: 'CONGRESS' }, { start: p.start, end: p.start + ordinal[0].length }, { confidence: 0.6 });
      others.push({ key, kind: 'CONGRESS', date: null, sentence: p.sentence });
      continue;
    }
    const name = cleanName(text.slice(p.start, period.end));
    const key = table.add('Event', name, { kind: 'CONGRESS', date: String(period.year) }, { start: p.start, end: period.end }, {
      inferred: true,
      inferenceNote: `A congress of the term ${period.year}–${period.endYear} is dated to the term's first year; the article gives no date.`,
      confidence: 0.6,
    });
    others.push({ key, kind: 'CONGRESS', date: String(period.year), sentence: p.sentence });
  }
  if (!mainPhrase && !(titleKind && titleSentence)) return { main: null, others };
  const kind = mainPhrase?.kind ?? titleKind;
  const dating = mainPhrase ? dateOf(ctx, mainPhrase) : null;
  const half = dating ? null : halfYear(ctx, `${title ?? ''} ${mainPhrase ? text.slice(mainPhrase.start, mainPhrase.end) : ''}`);
  // The headline names the event when it is an event phrase itself ("Hội nghị …", "Giao ban …") of the same kind.
  const titleIsPhrase = titlePhrase !== null && titleSentence !== null && titlePhrase.start === titleSentence.start + titleSentence.text.length - (title?.length ?? 0);
  const useTitle = titleSentence && titleIsPhrase && (titleKind === kind || !mainPhrase) && titleKind !== null;
  const name = cleanName(useTitle ? title! : text.slice(mainPhrase!.start, mainPhrase!.end));
  const online = (mainPhrase?.online ?? false) || (titleSentence ? contains(tokens, titleSentence.from, titleSentence.to, lex.vocabulary.events.online) : false);
  const published = dating || half || !mainPhrase ? null : publishedYear(ctx, mainPhrase);
  const date = dating?.date ?? half?.date ?? published?.date ?? null;
  const fields: Record<string, string | boolean | null> = { kind };
  if (date) fields.date = date;
  if (online) fields.online = true;
  const note = dating?.note ?? half?.note ?? published?.note;
  const at = mainPhrase ? { start: mainPhrase.start, end: mainPhrase.end } : titleSentence ? { start: titleSentence.start, end: titleSentence.end } : null;
  const options: Parameters<EntityTable['add']>[4] = { confidence: date && !published ? 0.85 : 0.6, inferred: Boolean(dating?.inferred || half || published) };
  if (note) options.inferenceNote = note;
  const key = table.add('Event', name, fields, at, options);
  if (titleSentence && useTitle && mainPhrase) table.add('Event', name, {}, { start: titleSentence.start, end: titleSentence.end }, { key });
  // Every other unqualified "hội nghị" of the article is this event.
  for (const p of all) if (p !== mainPhrase && p.kind !== 'CONGRESS' && (p.kind === null || p.kind === kind)) table.add('Event', name, {}, { start: p.start, end: p.kind ? p.end : p.headEnd }, { key });
  return { main: { key, kind, date, sentence: mainPhrase?.sentence ?? titleSentence }, others };
}
