import { foldVietnamese } from '../../model/text.js';
import { tokenize } from '../text/tokens.js';
import { canonicalName } from './canonical.js';
import type { GazetteerEntry } from './gazetteer.js';
import { PhraseTrie } from './phrase-trie.js';
import type { BodyEntry, CommitteeEntry, LevelWord, ParticipationCue, PlaceKind, TitleEntry, Vocabulary } from './types.js';

export interface PlaceRef {
  name: string;
  kind: PlaceKind;
  /** A name that is a place only after a level word ("Hồ Chí Minh"). */
  needsCityWord?: boolean;
}

export type OrgShape = 'committee' | 'committeeBody' | 'leveledBody' | 'department' | 'civilAffairs' | 'singleton' | 'named' | 'office' | 'steering';

export interface OrgForm {
  shape: OrgShape;
  entry: BodyEntry | CommitteeEntry;
}

/**
 * The vocabularies compiled for matching: phrase tries over lower-case tokens,
 * abbreviations added to the organisation and title forms they shorten, and the
 * registry gazetteer's names. Built once per vocabulary and gazetteer, shared by
 * every article.
 */
export class Lexicon {
  readonly vocabulary: Vocabulary;
  readonly honorifics = new PhraseTrie<true>();
  readonly pluralHonorifics = new PhraseTrie<true>();
  readonly titles = new PhraseTrie<TitleEntry>();
  readonly orgs = new PhraseTrie<OrgForm>();
  readonly levelWords = new PhraseTrie<LevelWord>();
  readonly places = new PhraseTrie<PlaceRef>();
  readonly cues = new PhraseTrie<ParticipationCue>();
  readonly reported = new PhraseTrie<true>();
  readonly eventHeads = new PhraseTrie<true>();
  readonly programHeads = new PhraseTrie<Vocabulary['programs']['programs'][number]>();
  readonly gazetteerPeople = new PhraseTrie<string>();
  /** Every phrase that cannot be part of a name: a name or place run stops where one starts. */
  readonly stops = new PhraseTrie<true>();
  readonly surnames: Set<string>;
  /** Abbreviations, longest first, for canonical names. */
  readonly abbreviations: { short: string; long: string }[];
  /** Registry organisations by canonical name or alias: the registry's name. */
  readonly registryOrganizations = new Map<string, string>();
  readonly registryPlaces = new Map<string, string>();

  constructor(vocabulary: Vocabulary, gazetteer: readonly GazetteerEntry[] = []) {
    this.vocabulary = vocabulary;
    const v = vocabulary;
    this.abbreviations = [...v.abbreviations].sort((a, b) => b.short.length - a.short.length);
    this.surnames = new Set(v.surnames.map((s) => s.toLowerCase()));
    for (const h of v.honorifics) this.honorifics.add(h, true);
    for (const h of v.pluralHonorifics) this.pluralHonorifics.add(h, true);
    for (const t of v.titles) for (const form of this.withAbbreviations(t.forms)) this.titles.add(form, t);
    const o = v.organizations;
    const addOrg = (shape: OrgShape, entries: readonly (BodyEntry | CommitteeEntry)[]) => {
      for (const entry of entries) for (const form of this.withAbbreviations(entry.forms)) this.orgs.add(form, { shape, entry });
    };
    addOrg('committee', o.committees);
    addOrg('committeeBody', o.committeeBodies);
    addOrg('leveledBody', o.leveledBodies);
    addOrg('department', o.departments);
    addOrg('civilAffairs', o.civilAffairs);
    addOrg('singleton', o.singletons);
    addOrg('named', o.named);
    addOrg('office', o.offices);
    addOrg('steering', o.steering);
    for (const lw of v.places.levelWords) for (const form of lw.forms) this.levelWords.add(form, lw);
    for (const p of v.places.provinces) {
      for (const name of [p.name, ...(p.aliases ?? [])]) this.places.add(name, { name: p.name, kind: p.kind, needsCityWord: p.needsCityWord === true && !/^(TP|Thành phố)/u.test(name) });
    }
    for (const r of v.places.regions) for (const name of [r.name, ...r.aliases]) this.places.add(name, { name: r.name, kind: 'REGION' });
    for (const c of v.participation.cues) for (const form of c.forms) this.cues.add(form, c);
    for (const r of v.participation.reported) this.reported.add(r, true);
    for (const h of v.events.heads) this.eventHeads.add(h, true);
    for (const p of v.programs.programs) for (const form of p.forms) this.programHeads.add(form, p);
    for (const entry of gazetteer) {
      const names = [entry.name, ...(entry.aliases ?? [])];
      if (entry.kind === 'PERSON') for (const n of names) this.gazetteerPeople.add(n, entry.name);
      if (entry.kind === 'ORGANIZATION') for (const n of names) this.registryOrganizations.set(this.canonical(n), entry.name);
      if (entry.kind === 'PLACE') {
        for (const n of names) {
          // Provinces and regions are the vocabulary's already; the registry adds districts and communes.
          const tokens = tokenize(n);
          if (this.places.longest(tokens, 0)?.end === tokens.length) continue;
          this.registryPlaces.set(this.canonical(n), entry.name);
          this.places.add(n, { name: entry.name, kind: 'DISTRICT' });
        }
      }
    }
    const stopPhrases = [
      ...v.titles.flatMap((t) => t.forms),
      ...Object.values(o).flatMap((list: readonly (BodyEntry | CommitteeEntry)[]) => list.flatMap((e) => e.forms)),
      ...v.abbreviations.map((a) => a.short),
      ...v.participation.cues.flatMap((c) => c.forms),
      ...v.participation.reported,
      ...v.honorifics,
      ...v.events.heads,
      ...v.places.levelWords.flatMap((l) => l.forms),
      ...v.programs.programs.flatMap((p) => p.forms),
      ...v.awards.kinds,
      'Tại', 'Theo', 'Dịp', 'Sáng', 'Chiều', 'Tối', 'Ngày', 'Trong', 'Qua', 'Với', 'Cùng', 'Thủ trưởng',
    ];
    for (const phrase of stopPhrases) this.stops.add(phrase, true);
  }

  /** A form and its abbreviated spellings ("Ủy ban nhân dân" → "UBND"; "Ban Chỉ huy Quân sự" → "Ban CHQS"). */
  private withAbbreviations(forms: readonly string[]): string[] {
    const out = new Set(forms);
    for (let round = 0; round < 2; round++) {
      for (const form of [...out]) {
        for (const { short, long } of this.vocabulary.abbreviations) {
          const at = form.toLowerCase().indexOf(long.toLowerCase());
          if (at < 0) continue;
          const before = form[at - 1];
          const after = form[at + long.length];
          if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
          out.add(form.slice(0, at) + short + form.slice(at + long.length));
        }
      }
    }
    return [...out];
  }

  canonical(text: string): string {
    return canonicalName(text, this.abbreviations);
  }

  isSurname(word: string): boolean {
    return this.surnames.has(word.toLowerCase());
  }

  fold(text: string): string {
    return foldVietnamese(text);
  }
}
