import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../api/paths.js';
import { IngestError } from '../errors.js';
import type { Vocabulary } from './types.js';

/** The vocabularies the project ships (ingest/vocab/data/), found from the repository root so that compiled code (dist/) reads the same files. */
export const VOCABULARY_DIR = path.join(REPO_ROOT, 'ingest', 'vocab', 'data');

const FILES = ['honorifics', 'abbreviations', 'surnames', 'titles', 'organizations', 'places', 'events', 'participation', 'programs', 'campaigns', 'models', 'awards'] as const;

type Shape = 'strings' | 'string' | 'number' | 'list' | 'object' | 'boolean' | 'nullable-string';

/** A small structural check: enough to name the file and field of a mistake in a hand-edited file. */
function check(value: unknown, shape: Shape, where: string): void {
  const ok =
    shape === 'strings'
      ? Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '')
      : shape === 'string'
        ? typeof value === 'string' && value.trim() !== ''
        : shape === 'nullable-string'
          ? value === null || (typeof value === 'string' && value.trim() !== '')
          : shape === 'number'
            ? typeof value === 'number' && Number.isInteger(value) && value > 0
            : shape === 'boolean'
              ? typeof value === 'boolean'
              : shape === 'list'
                ? Array.isArray(value)
                : value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!ok) throw new IngestError('BAD_VOCABULARY', `${where}: expected ${shape === 'strings' ? 'a list of non-empty strings' : shape === 'list' ? 'a list' : shape === 'object' ? 'a mapping' : `a ${shape}`}`);
}

function fields(record: unknown, where: string, required: Record<string, Shape>, optional: Record<string, Shape> = {}): void {
  check(record, 'object', where);
  const r = record as Record<string, unknown>;
  for (const [key, shape] of Object.entries(required)) check(r[key], shape, `${where}.${key}`);
  for (const [key, shape] of Object.entries(optional)) if (r[key] !== undefined) check(r[key], shape, `${where}.${key}`);
  for (const key of Object.keys(r)) {
    if (!(key in required) && !(key in optional)) throw new IngestError('BAD_VOCABULARY', `${where}.${key}: unknown field`);
  }
}

function each(list: unknown, where: string, required: Record<string, Shape>, optional: Record<string, Shape> = {}): void {
  check(list, 'list', where);
  (list as unknown[]).forEach((r, i) => fields(r, `${where}[${i}]`, required, optional));
}

const BODY = { forms: 'strings', kind: 'nullable-string' } as const;
const BODY_OPTIONAL = { name: 'string', line: 'string', level: 'string', nameIsPlace: 'boolean' } as const;

/**
 * Reads and checks the vocabulary files of a folder (the project's own by
 * default). A mistake names the file and the field: `BAD_VOCABULARY`.
 */
export function loadVocabulary(dir: string = VOCABULARY_DIR): Vocabulary {
  const data: Record<string, Record<string, unknown>> = {};
  for (const name of FILES) {
    const file = path.join(dir, `${name}.yaml`);
    let parsed: unknown;
    try {
      parsed = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new IngestError('BAD_VOCABULARY', `${name}.yaml: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    check(parsed, 'object', `${name}.yaml`);
    data[name] = parsed as Record<string, unknown>;
  }
  const d = data as Record<(typeof FILES)[number], Record<string, unknown>>;
  check(d.honorifics.honorifics, 'strings', 'honorifics.yaml honorifics');
  check(d.honorifics.plurals, 'strings', 'honorifics.yaml plurals');
  each(d.abbreviations.abbreviations, 'abbreviations.yaml abbreviations', { short: 'string', long: 'string' });
  check(d.surnames.surnames, 'strings', 'surnames.yaml surnames');
  each(d.titles.titles, 'titles.yaml titles', { title: 'string', forms: 'strings' }, { sharesLast: 'number', committee: 'string', implied: 'string', impliedOnly: 'boolean', ofCommittee: 'boolean' });
  const o = d.organizations;
  each(o.committees, 'organizations.yaml committees', { forms: 'strings', name: 'string', level: 'string' }, { needsLevelWord: 'boolean', onlyAfterBody: 'boolean' });
  for (const section of ['committeeBodies', 'leveledBodies', 'departments', 'civilAffairs', 'singletons', 'named', 'offices', 'steering']) {
    each(o[section], `organizations.yaml ${section}`, BODY, BODY_OPTIONAL);
  }
  each(d.places.levelWords, 'places.yaml levelWords', { forms: 'strings', level: 'string' });
  check(d.places.villageWords, 'strings', 'places.yaml villageWords');
  each(d.places.regions, 'places.yaml regions', { name: 'string', aliases: 'list' });
  each(d.places.provinces, 'places.yaml provinces', { name: 'string', kind: 'string' }, { aliases: 'strings', until2025: 'boolean', from2025: 'boolean', becameOn: 'string', mergedInto: 'string', needsCityWord: 'boolean' });
  for (const key of ['heads', 'online', 'bridgePoint', 'organised', 'halfYear']) check(d.events[key], 'strings', `events.yaml ${key}`);
  each(d.events.kinds, 'events.yaml kinds', { kind: 'string', keywords: 'strings' });
  each(d.participation.cues, 'participation.yaml cues', { role: 'string', strength: 'number', forms: 'strings' }, { notBefore: 'strings', notAfter: 'strings' });
  check(d.participation.reported, 'strings', 'participation.yaml reported');
  check(d.participation.between, 'strings', 'participation.yaml between');
  each(d.programs.programs, 'programs.yaml programs', { kind: 'string', forms: 'strings' });
  for (const key of ['period', 'yearsOfImplementation', 'partyFillers']) check(d.programs[key], 'strings', `programs.yaml ${key}`);
  each(d.programs.documents, 'programs.yaml documents', { kind: 'string', forms: 'strings', short: 'strings' });
  check(d.campaigns.themes, 'strings', 'campaigns.yaml themes');
  each(d.campaigns.movements, 'campaigns.yaml movements', { name: 'string', forms: 'strings' });
  check(d.campaigns.modelCategories, 'strings', 'campaigns.yaml modelCategories');
  for (const key of ['cue', 'heads', 'origin', 'spread', 'place']) check(d.models[key], 'strings', `models.yaml ${key}`);
  for (const key of ['kinds', 'grant', 'collectives', 'individuals']) check(d.awards[key], 'strings', `awards.yaml ${key}`);

  // Vocabulary text is compared with normalised article text: compose it the same way.
  const nfc = <T>(value: T): T => JSON.parse(JSON.stringify(value).normalize('NFC')) as T;
  return nfc({
    honorifics: d.honorifics.honorifics as string[],
    pluralHonorifics: d.honorifics.plurals as string[],
    abbreviations: d.abbreviations.abbreviations as Vocabulary['abbreviations'],
    surnames: d.surnames.surnames as string[],
    titles: d.titles.titles as Vocabulary['titles'],
    organizations: o as unknown as Vocabulary['organizations'],
    places: d.places as unknown as Vocabulary['places'],
    events: d.events as unknown as Vocabulary['events'],
    participation: d.participation as unknown as Vocabulary['participation'],
    programs: d.programs as unknown as Vocabulary['programs'],
    campaigns: d.campaigns as unknown as Vocabulary['campaigns'],
    models: d.models as unknown as Vocabulary['models'],
    awards: d.awards as unknown as Vocabulary['awards'],
  });
}
