import { createHash } from 'node:crypto';
import type { Extraction } from '../../ingest/extract/types.js';
import { foldVietnamese } from '../../model/text.js';
import type { Evidence, ProposalDraft, ProposalKind, ProposalPayload, StoredReconciliation } from '../db/ingest/proposal-record.js';
import type { Mention, MentionReconciliation } from '../reconcile/index.js';

/**
 * A proposal's fingerprint: the source, the kind and the fields that make it
 * this fact — an entity's key (its kind and folded name), an observation's
 * person, organisation, event, title and date, a participation's person, event
 * and role, a link's type and ends. Re-ingesting the article gives the same
 * fingerprints, so nothing is proposed twice and a rejected proposal stays
 * rejected. Corrections made in review never change it.
 */
export function fingerprintOf(sourceId: string, kind: ProposalKind, fields: readonly (string | null | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify([sourceId, kind, ...fields.map((f) => f ?? null)]), 'utf8').digest('hex');
}

export const proposalIdOf = (fingerprint: string) => `prp-${fingerprint.slice(0, 24)}`;

/** The kinds whose namesakes the places of the article separate. */
const PLACED = new Set(['Person', 'Organization']);

/** Where a proposal's first evidence starts; one without evidence is listed after the article's end. */
const firstStart = (evidence: readonly Evidence[], end: number) => (evidence.length === 0 ? end : Math.min(...evidence.map((e) => e.start)));

/**
 * Words of an alias that only begin the name ("hội nghị" for "Hội nghị sơ kết
 * …") refer back to it in the text; they are not another name of the entity,
 * and stored as aliases they would match every conference of the registry. So
 * would a single short word ("xã"): an alias has two words or four letters.
 */
function isNameAlias(name: string, alias: string): boolean {
  const nameWords = foldVietnamese(name).split(/[^a-z0-9]+/).filter(Boolean);
  const aliasWords = foldVietnamese(alias).split(/[^a-z0-9]+/).filter(Boolean);
  if (aliasWords.length === 0 || aliasWords.join(' ') === nameWords.join(' ')) return false;
  if (aliasWords.length === 1 && aliasWords[0]!.length < 4) return false;
  const leadsTheName = aliasWords.length < nameWords.length && aliasWords.every((w, i) => nameWords[i] === w);
  return !leadsTheName;
}

/**
 * Turns an extraction into the proposal drafts of one Source, each entity with
 * the registry's answer for it (`reconciled`, by entity key: see mentionsOf).
 * Facts whose entity the extraction does not list are dropped (the contract
 * says they always are listed).
 */
export function draftsOf(extraction: Extraction, sourceId: string, reconciled: ReadonlyMap<string, MentionReconciliation>): ProposalDraft[] {
  const entityIds = new Map<string, string>();
  const drafts: ProposalDraft[] = [];
  const draft = (kind: ProposalKind, fields: (string | null | undefined)[], payload: ProposalPayload, refs: string[], fact: { evidence: Evidence[]; confidence: number; inferred: boolean; inferenceNote?: string }) => {
    const fingerprint = fingerprintOf(sourceId, kind, fields);
    const made: ProposalDraft = {
      id: proposalIdOf(fingerprint),
      fingerprint,
      sourceId,
      kind,
      position: firstStart(fact.evidence, extraction.text.length),
      payload,
      refs: [...new Set(refs)],
      evidence: fact.evidence.map((e) => ({ start: e.start, end: e.end, quote: e.quote })),
      confidence: fact.confidence,
      inferred: fact.inferred,
      inferenceNote: fact.inferred ? (fact.inferenceNote ?? 'The extractor inferred it and gave no reason.') : null,
      reconciliation: null,
    };
    drafts.push(made);
    return made;
  };

  for (const entity of extraction.entities) {
    if (entityIds.has(entity.key)) continue;
    const aliases = [...new Set(entity.aliases.filter((a) => isNameAlias(entity.name, a)))];
    // Where the article names the entity is evidence of it too (the extractor may give a place named inside an organisation's name no evidence of its own).
    const named = entity.mentions.filter((m) => !entity.evidence.some((e) => e.start === m.start && e.end === m.end)).map((m) => ({ start: m.start, end: m.end, quote: extraction.text.slice(m.start, m.end) }));
    const made = draft('ENTITY', [entity.key], { label: entity.label, name: entity.name, aliases, fields: { ...entity.fields } }, [], { ...entity, evidence: [...entity.evidence, ...named] });
    made.reconciliation = storedReconciliation(reconciled.get(entity.key));
    entityIds.set(entity.key, made.id);
  }
  const ref = (key: string | undefined) => (key === undefined ? null : (entityIds.get(key) ?? undefined));
  const known = (...ids: (string | null | undefined)[]) => ids.every((id) => id !== undefined);

  for (const ro of extraction.roleObservations) {
    const person = ref(ro.person);
    const organization = ref(ro.organization);
    const event = ref(ro.event);
    if (!known(person, organization, event) || !person || !organization) continue;
    const payload = { person, organization, event: event ?? null, title: ro.title, titleAsWritten: ro.titleAsWritten, observedAt: ro.observedAt };
    draft('ROLE_OBSERVATION', [ro.person, ro.organization, ro.event, ro.title, ro.observedAt], payload, [person, organization, ...(event ? [event] : [])], ro);
  }
  for (const pa of extraction.participations) {
    const person = ref(pa.person);
    const event = ref(pa.event);
    const place = ref(pa.bridgePointPlace);
    if (!known(person, event, place) || !person || !event) continue;
    const payload = { person, event, role: pa.role, titleAtEvent: pa.titleAtEvent ?? null, bridgePoint: pa.bridgePoint ?? null, bridgePointPlace: place ?? null };
    draft('PARTICIPATION', [pa.person, pa.event, pa.role], payload, [person, event, ...(place ? [place] : [])], pa);
  }
  for (const link of extraction.links) {
    const from = ref(link.from);
    const to = ref(link.to);
    const presentedBy = ref(link.presentedBy);
    if (!known(from, to, presentedBy) || !from || !to) continue;
    const payload = { type: link.type, from, to, since: link.since ?? null, presentedBy: presentedBy ?? null };
    draft('LINK', [link.type, link.from, link.to], payload, [from, to, ...(presentedBy ? [presentedBy] : [])], link);
  }

  // An entity the extractor gives no place of its own in the text (a commune named inside its committee's
  // name) is evidenced by the facts that name it.
  for (const entity of drafts.filter((d) => d.kind === 'ENTITY' && d.evidence.length === 0)) {
    for (const d of drafts) {
      if (!d.refs.includes(entity.id)) continue;
      for (const e of d.evidence) if (!entity.evidence.some((x) => x.start === e.start && x.end === e.end)) entity.evidence.push({ ...e });
    }
    entity.position = firstStart(entity.evidence, extraction.text.length);
  }
  // Several statements of one fact (the same fingerprint) are one proposal with all their evidence.
  const unique = new Map<string, ProposalDraft>();
  for (const d of drafts) {
    const seen = unique.get(d.id);
    if (!seen) unique.set(d.id, d);
    else {
      seen.evidence.push(...d.evidence.filter((e: Evidence) => !seen.evidence.some((s: Evidence) => s.start === e.start && s.end === e.end)));
      seen.confidence = Math.max(seen.confidence, d.confidence);
    }
  }
  return [...unique.values()].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

function storedReconciliation(r: MentionReconciliation | undefined): StoredReconciliation {
  if (!r) return { decision: 'NEW', candidates: [], choiceId: null, proposedChoiceId: null };
  const match = r.decision === 'MATCHED' ? (r.candidates.find((c) => c.match)?.id ?? null) : null;
  return {
    decision: r.decision,
    candidates: r.candidates.map((c) => ({ id: c.id, label: c.label, name: c.name, score: c.score, match: c.match, reasons: c.reasons.map((x) => ({ ...x })) })),
    choiceId: match,
    proposedChoiceId: match,
  };
}

/**
 * The mention of each entity of the extraction (once per key, `key` set to
 * it), with what reconciliation is told around it: for a person, the
 * organisations the article gives them titles in; for people and
 * organisations, the places the article names (a model or a campaign named in
 * a new place is still the same one: places would only count against it);
 * for everyone, the date it is about (its own date, else the main event's, else
 * the publication date), which separates namesakes and the two Đồng Tháp provinces.
 */
export function mentionsOf(extraction: Extraction): Mention[] {
  const nameOf = new Map(extraction.entities.map((e) => [e.key, e.name]));
  const places = extraction.entities.filter((e) => e.label === 'Place').map((e) => e.name);
  const eventDate = extraction.entities.find((e) => e.label === 'Event' && typeof e.fields.date === 'string')?.fields.date as string | undefined;
  const date = eventDate ?? extraction.article.publishedAt ?? undefined;
  const organisationsOf = new Map<string, string[]>();
  for (const ro of extraction.roleObservations) {
    const name = nameOf.get(ro.organization);
    if (name) organisationsOf.set(ro.person, [...(organisationsOf.get(ro.person) ?? []), name]);
  }
  const seen = new Set<string>();
  return extraction.entities.filter((e) => !seen.has(e.key) && seen.add(e.key)).map((entity): Mention => {
    const ownDate = typeof entity.fields.date === 'string' ? entity.fields.date : undefined;
    const organizations = [...new Set(organisationsOf.get(entity.key) ?? [])].slice(0, 10);
    return {
      key: entity.key,
      label: entity.label,
      name: entity.name,
      organizations,
      places: PLACED.has(entity.label) ? [...new Set(places)].slice(0, 10) : [],
      ...((ownDate ?? date) ? { date: ownDate ?? date } : {}),
    };
  });
}
