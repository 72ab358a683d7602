/**
 * The vocabularies, as the loader returns them (ingest/vocab/data/*.yaml).
 * Enum values are the registry's (schema/*.graphql); `null` where the registry
 * has no value for a body yet.
 */
export type OrgLevel = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type LevelWordLevel = OrgLevel | 'CITY';
export type OrgLine = 'PARTY' | 'STATE' | 'FRONT' | 'ARMED_FORCES' | 'SECURITY' | 'MEDIA';
export type PlaceKind = 'COUNTRY' | 'REGION' | 'PROVINCE' | 'MUNICIPALITY' | 'DISTRICT' | 'COMMUNE';
export type EventKind = 'REVIEW_CONFERENCE' | 'INTERIM_REVIEW' | 'BRIEFING' | 'SIGNING' | 'CONGRESS';
export type ParticipationRole = 'CHAIRED' | 'CO_CHAIRED' | 'DIRECTED' | 'SPOKE' | 'CONCLUDED' | 'SIGNED' | 'ATTENDED';
export type ProgramKind = 'COORDINATION_PROGRAM' | 'COORDINATION_PLAN';
export type DocumentKind = 'DIRECTIVE' | 'DECISION' | 'RESOLUTION';

export interface TitleEntry {
  title: string;
  forms: string[];
  sharesLast?: number;
  committee?: string;
  implied?: string;
  /** The title is never followed by an organisation of its own ("Bí thư Trung ương Đảng"). */
  impliedOnly?: boolean;
  /** Held in a Party committee: written without one, it takes the next title's committee. */
  ofCommittee?: boolean;
}

export interface CommitteeEntry {
  forms: string[];
  name: string;
  level: OrgLevel;
  needsLevelWord?: boolean;
  /** Only as the committee of a body ("Ban Dân vận Trung ương"), never alone. */
  onlyAfterBody?: boolean;
}

export interface BodyEntry {
  forms: string[];
  name?: string;
  kind: string | null;
  line?: OrgLine;
  level?: OrgLevel;
  nameIsPlace?: boolean;
}

export interface LevelWord {
  forms: string[];
  level: LevelWordLevel;
}

export interface PlaceEntry {
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  until2025?: boolean;
  from2025?: boolean;
  becameOn?: string;
  mergedInto?: string;
  needsCityWord?: boolean;
}

export interface ParticipationCue {
  role: ParticipationRole;
  strength: number;
  forms: string[];
  notBefore?: string[];
  /** Words that, right before the cue, make it part of a name ("Ban Chỉ đạo" is a body, not a verb). */
  notAfter?: string[];
}

export interface Vocabulary {
  honorifics: string[];
  pluralHonorifics: string[];
  abbreviations: { short: string; long: string }[];
  surnames: string[];
  titles: TitleEntry[];
  organizations: {
    committees: CommitteeEntry[];
    committeeBodies: BodyEntry[];
    leveledBodies: BodyEntry[];
    departments: BodyEntry[];
    civilAffairs: BodyEntry[];
    singletons: BodyEntry[];
    named: BodyEntry[];
    offices: BodyEntry[];
    steering: BodyEntry[];
  };
  places: { levelWords: LevelWord[]; villageWords: string[]; regions: { name: string; aliases: string[] }[]; provinces: PlaceEntry[] };
  events: {
    heads: string[];
    kinds: { kind: EventKind; keywords: string[] }[];
    online: string[];
    bridgePoint: string[];
    organised: string[];
    halfYear: string[];
  };
  participation: { cues: ParticipationCue[]; reported: string[]; between: string[] };
  programs: {
    programs: { kind: ProgramKind; forms: string[] }[];
    period: string[];
    yearsOfImplementation: string[];
    partyFillers: string[];
    documents: { kind: DocumentKind; forms: string[]; short: string[] }[];
  };
  campaigns: { themes: string[]; movements: { name: string; forms: string[] }[]; modelCategories: string[] };
  models: { cue: string[]; heads: string[]; origin: string[]; spread: string[]; place: string[] };
  awards: { kinds: string[]; grant: string[]; collectives: string[]; individuals: string[] };
}
