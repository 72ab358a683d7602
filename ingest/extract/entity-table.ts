import type { Lexicon } from '../vocab/lexicon.js';
import type { EntityLabel, Evidence, Mention, ProposedEntity, ProposedLink } from './types.js';

export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, quote: text.slice(start, end) };
}

/**
 * The entities of one article, merged by label and canonical name: every
 * mention of "UBND tỉnh Đồng Tháp" and "Ủy ban nhân dân tỉnh Đồng Tháp" is one
 * proposed organisation with two mentions.
 */
export class EntityTable {
  private readonly byKey = new Map<string, ProposedEntity>();
  private readonly linkMap = new Map<string, ProposedLink>();

  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {}

  keyOf(label: EntityLabel, name: string): string {
    return `${label}:${this.lex.canonical(name)}`;
  }

  add(label: EntityLabel, name: string, fields: ProposedEntity['fields'], at: { start: number; end: number } | null, options: { confidence?: number; inferred?: boolean; inferenceNote?: string; placeUnresolved?: boolean; key?: string } = {}): string {
    const key = options.key ?? this.keyOf(label, name);
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = { key, label, name, aliases: [], fields: {}, mentions: [], evidence: [], confidence: options.confidence ?? 0.9, inferred: options.inferred ?? false };
      if (options.inferenceNote) entity.inferenceNote = options.inferenceNote;
      if (options.placeUnresolved) entity.placeUnresolved = true;
      this.byKey.set(key, entity);
    } else {
      if (options.confidence !== undefined) entity.confidence = Math.max(entity.confidence, options.confidence);
      // One mention that states it is enough: the entity is no longer inferred.
      if (options.inferred === false && entity.inferred) {
        entity.inferred = false;
        delete entity.inferenceNote;
      }
    }
    for (const [field, value] of Object.entries(fields)) if (entity.fields[field] === undefined && value !== undefined) entity.fields[field] = value;
    if (at && !entity.mentions.some((m) => m.start === at.start && m.end === at.end)) {
      const written = this.text.slice(at.start, at.end);
      const mention: Mention = { label, text: written, folded: this.lex.fold(written), start: at.start, end: at.end };
      entity.mentions.push(mention);
      entity.evidence.push(evidenceOf(this.text, at.start, at.end));
      if (written !== entity.name && !entity.aliases.includes(written) && written.length <= 300) entity.aliases.push(written);
    }
    return key;
  }

  /** A proposed relationship; the same type between the same ends is one link, its evidence growing. */
  link(type: string, from: string, to: string, evidence: Evidence | null, options: { confidence?: number; inferred?: boolean; inferenceNote?: string; since?: string; presentedBy?: string } = {}): void {
    const id = `${type}|${from}|${to}`;
    const existing = this.linkMap.get(id);
    if (existing) {
      if (evidence && !existing.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) existing.evidence.push(evidence);
      if (options.inferred === false && existing.inferred) {
        existing.inferred = false;
        delete existing.inferenceNote;
      }
      return;
    }
    const link: ProposedLink = { type, from, to, evidence: evidence ? [evidence] : [], confidence: options.confidence ?? 0.8, inferred: options.inferred ?? false };
    if (options.inferenceNote) link.inferenceNote = options.inferenceNote;
    if (options.since) link.since = options.since;
    if (options.presentedBy) link.presentedBy = options.presentedBy;
    this.linkMap.set(id, link);
  }

  links(): ProposedLink[] {
    return [...this.linkMap.values()];
  }

  get(key: string): ProposedEntity | undefined {
    return this.byKey.get(key);
  }

  all(): ProposedEntity[] {
    return [...this.byKey.values()].map((e) => ({ ...e, mentions: [...e.mentions].sort((a, b) => a.start - b.start) }));
  }
}
