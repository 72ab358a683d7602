import type { ArticleContext, Sentence } from './article-context.js';
import { findDates } from './dates.js';
import { evidenceOf, type EntityTable } from './entity-table.js';
import type { ArticleEvent } from './events.js';
import type { OrgMention } from './org-mention.js';
import { organizationAt } from './scan-organizations.js';

/**
 * What an article refers to besides its people and event: documents
 * ("Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị", "QĐ 217, 218"),
 * campaigns ("Năm Dân vận khéo 2020", "phong trào thi đua “Dân vận khéo”") and
 * awards ("tặng Bằng khen cho 3 tập thể và 6 cá nhân").
 */
export function findDocuments(ctx: ArticleContext, table: EntityTable, orgKeyOf: (org: OrgMention, sentence: Sentence) => string): void {
  const { text, lex, tokens } = ctx;
  for (const doc of lex.vocabulary.programs.documents) {
    const words = doc.forms.map((f) => f.replace(/\s+/g, '\\s+')).join('|');
    const re = new RegExp(`(?<![\\p{L}])(${words})\\s+(?:số\\s+)?(\\d{1,4}(?:[-/][\\p{Lu}Đ]+(?:[-/][\\p{Lu}\\p{N}Đ]+)*)?)((?:\\s*,\\s*\\d{1,4}(?![\\d/]))*)`, 'gu');
    for (const m of text.matchAll(re)) {
      const numbers = [m[2]!, ...(m[3] ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '')];
      const sentence = ctx.sentenceAt(m.index!);
      const tail = sentence ? text.slice(m.index! + m[0].length, Math.min(sentence.end, m.index! + m[0].length + 60)) : '';
      const issued = /^\s*,?\s*ngày/u.test(tail) ? findDates(tail, m.index! + m[0].length).find((d) => d.kind === 'DAY') : undefined;
      for (const number of numbers) {
        const name = `${doc.forms[0]} ${number}`;
        const fields: Record<string, string> = { kind: doc.kind, number };
        if (issued) fields.issuedAt = `${issued.year}-${String(issued.month).padStart(2, '0')}-${String(issued.day).padStart(2, '0')}`;
        const key = table.add('Document', name, fields, { start: m.index!, end: m.index! + m[0].length }, { confidence: 0.85 });
        const of = /^\s*,?\s*(?:ngày\s+[\d/.\-]+\s*,?\s*)?của\s+/u.exec(tail);
        if (of && sentence) {
          const at = m.index! + m[0].length + of[0].length;
          const i = tokens.findIndex((t) => t.start >= at);
          const org = i >= 0 ? organizationAt(tokens, i, lex, ctx.known) : null;
          if (org && org.start === tokens[i]!.start) table.link('ISSUED', orgKeyOf(org, sentence), key, evidenceOf(text, m.index!, org.end), { confidence: 0.8 });
        }
      }
    }
  }
}

export function findCampaigns(ctx: ArticleContext, table: EntityTable): { key: string; start: number; end: number }[] {
  const { text, lex } = ctx;
  const found: { key: string; start: number; end: number }[] = [];
  const themes = lex.vocabulary.campaigns.themes.map((t) => t.replace(/\s+/g, '\\s+')).join('|');
  const themed = new RegExp(`“?(Năm\\s+(?:${themes}))(?:\\s+(\\d{4})”|”\\s+(\\d{4})|\\s+(\\d{4}))`, 'giu');
  for (const m of text.matchAll(themed)) {
    const year = Number(m[2] ?? m[3] ?? m[4]);
    const theme = m[1]!.replace(/\s+/g, ' ');
    const name = `${theme.charAt(0).toUpperCase()}${theme.slice(1)} ${year}`;
    const key = table.add('Campaign', name, { kind: 'THEMED_YEAR', year }, { start: m.index!, end: m.index! + m[0].length }, { confidence: 0.85 });
    found.push({ key, start: m.index!, end: m.index! + m[0].length });
  }
  for (const movement of lex.vocabulary.campaigns.movements) {
    for (const form of movement.forms) {
      const re = new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'giu');
      for (const m of text.matchAll(re)) {
        const key = table.add('Campaign', movement.name, { kind: 'EMULATION_MOVEMENT' }, { start: m.index!, end: m.index! + m[0].length }, { confidence: 0.8 });
        found.push({ key, start: m.index!, end: m.index! + m[0].length });
      }
    }
  }
  return found;
}

export function findAwards(ctx: ArticleContext, table: EntityTable, event: ArticleEvent | null, campaigns: readonly { key: string; start: number; end: number }[], granterOf: (sentenceStart: number, at: number) => { org: string | null; person: string | null }): void {
  const { text, lex } = ctx;
  const kinds = lex.vocabulary.awards.kinds.join('|');
  const re = new RegExp(`(${kinds})(?:\\s+khen)?\\s+cho\\s+(?:(\\d+)\\s+(?:${lex.vocabulary.awards.collectives.join('|')}))?(?:\\s*(?:,|và)\\s*)?(?:(\\d+)\\s+(?:${lex.vocabulary.awards.individuals.join('|')}))?`, 'gu');
  for (const m of text.matchAll(re)) {
    if (!m[2] && !m[3]) continue;
    const sentence = ctx.sentenceAt(m.index!);
    if (!sentence) continue;
    const fields: Record<string, number> = {};
    if (m[2]) fields.collectives = Number(m[2]);
    if (m[3]) fields.individuals = Number(m[3]);
    const name = `${m[1]} cho ${[m[2] ? `${m[2]} tập thể` : '', m[3] ? `${m[3]} cá nhân` : ''].filter((x) => x).join(' và ')}${event?.date ? ` (${event.date})` : ''}`;
    const key = table.add('Award', name, fields, { start: m.index!, end: m.index! + m[0].length }, { confidence: 0.75 });
    const ev = evidenceOf(text, sentence.start, sentence.end);
    const granter = granterOf(sentence.start, m.index!);
    if (granter.org) table.link('GRANTED', granter.org, key, ev, { confidence: 0.7 });
    if (granter.person) table.link('PRESENTED', granter.person, key, ev, { confidence: 0.6 });
    if (event) table.link('AWARDED_AT', key, event.key, ev, { confidence: 0.7 });
    for (const c of campaigns) if (c.start >= sentence.start && c.end <= sentence.end) table.link('AWARDED_FOR', key, c.key, ev, { confidence: 0.7 });
  }
}
