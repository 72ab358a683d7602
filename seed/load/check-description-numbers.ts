import type { SeedIssue } from './issues.js';
import type { Dataset, EntityRecord } from './types.js';
import { NUMBER_PATTERN, numberValue } from './vietnamese-numbers.js';

/**
 * A count written in a record's name, aliases or description ("ký chương
 * trình … với năm cơ quan", "cho 3 tập thể và 6 cá nhân") must agree with the
 * facts it describes, where the dataset holds them:
 *
 * | record     | words counted           | compared with                                                        |
 * |------------|-------------------------|----------------------------------------------------------------------|
 * | Award      | tập thể, cá nhân        | its `collectives`, `individuals`                                     |
 * | Event      | tập thể, cá nhân        | those of an award presented at it (AWARDED_AT)                       |
 * | Program    | giữa / với N cơ quan, đơn vị, bên | its parties (PARTY_TO); after "với", its parties but one   |
 * | Event      | giữa / với N cơ quan, đơn vị, bên | the same, for a program signed at it (SIGNED_AT)           |
 * | Event      | điểm cầu                | the bridge points of the organisations that attended it (ATTENDED)   |
 * | collective | huyện, tỉnh, xã, …      | its `memberCount`                                                    |
 *
 * "Với năm cơ quan" after a signing names the counterparts of the body that
 * signs, not every party: the program of article 004 has six parties, the Ban
 * Dân vận Huyện ủy and the five bodies it signed "with". A count no fact of
 * the dataset holds is not checked; "năm" before a year or "5 năm" (years) is
 * not a count of anything here, since only the nouns above are read, and "37
 * cơ quan" without "giữa" or "với" is not taken for a count of parties.
 */

type Counted = 'collectives' | 'individuals' | 'parties' | 'bridgePoints' | 'members';

const NOUNS: Record<Counted, readonly string[]> = {
  collectives: ['tập thể'],
  individuals: ['cá nhân'],
  parties: ['cơ quan', 'đơn vị', 'bên'],
  bridgePoints: ['điểm cầu'],
  members: ['huyện ủy', 'huyện uỷ', 'thị ủy', 'thị uỷ', 'thành ủy', 'thành uỷ', 'tỉnh ủy', 'tỉnh uỷ', 'huyện', 'thị xã', 'thành phố', 'tỉnh', 'xã', 'cơ quan', 'đơn vị', 'ban'],
};

/** What the facts say a count is: each value it may take ("matches one of"), described for the message. */
interface Expected {
  values: number[];
  what: string;
}

interface Found {
  phrase: string;
  value: number;
  noun: string;
  /** "với" or "giữa" before the number, if any. */
  preposition: string | null;
}

function countsIn(text: string, kind: Counted): Found[] {
  const nouns = NOUNS[kind].join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(với|giữa) )?(${NUMBER_PATTERN}) (${nouns})(?![\\p{L}\\p{N}])`, 'gu');
  const normal = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  return [...normal.matchAll(pattern)].map((m) => ({ phrase: `${m[2]} ${m[3]}`, value: numberValue(m[2]!), noun: m[3]!, preposition: m[1] ?? null }));
}

export function checkDescriptionNumbers(dataset: Dataset): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const records = new Map<string, EntityRecord>();
  for (const file of dataset.entities) for (const record of file.records) records.set(record.id, record);

  // The facts counts are compared with, from the relations of every facts file.
  const parties = new Map<string, number>();
  const signedAt = new Map<string, string[]>();
  const awardsAt = new Map<string, string[]>();
  const bridgePoints = new Map<string, number>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const facts of dataset.facts) {
    for (const rel of facts.relations) {
      if (rel.type === 'PARTY_TO') parties.set(rel.to, (parties.get(rel.to) ?? 0) + 1);
      if (rel.type === 'SIGNED_AT') add(signedAt, rel.to, rel.from);
      if (rel.type === 'AWARDED_AT') add(awardsAt, rel.to, rel.from);
      if (rel.type === 'ATTENDED' && typeof rel.bridgePoints === 'number') bridgePoints.set(rel.to, (bridgePoints.get(rel.to) ?? 0) + rel.bridgePoints);
    }
  }
  const partiesOf = (programs: readonly string[], found: Found): Expected | null => {
    const known = programs.filter((p) => parties.has(p));
    if (known.length === 0) return null;
    const besides = found.preposition === 'với' ? 1 : 0;
    return {
      values: known.map((p) => parties.get(p)! - besides),
      what: known.map((p) => `${p} has ${parties.get(p)} parties${besides ? `, ${parties.get(p)! - 1} besides the one signing "với" them` : ''}`).join('; '),
    };
  };
  const awardCount = (awards: readonly string[], field: 'collectives' | 'individuals'): Expected | null => {
    const known = awards.filter((a) => typeof records.get(a)?.[field] === 'number');
    if (known.length === 0) return null;
    return { values: known.map((a) => records.get(a)![field] as number), what: known.map((a) => `${a} has ${field} ${records.get(a)![field] as number}`).join('; ') };
  };

  /** What a count of `kind` in a record of `label` is compared with; null when the dataset holds no such fact. */
  const expected = (label: string, record: EntityRecord, kind: Counted, found: Found): Expected | null => {
    switch (kind) {
      case 'collectives':
      case 'individuals':
        if (label === 'Award') return awardCount([record.id], kind);
        if (label === 'Event') return awardCount(awardsAt.get(record.id) ?? [], kind);
        return null;
      case 'parties':
        if (found.preposition === null) return null;
        if (label === 'Program') return partiesOf([record.id], found);
        if (label === 'Event') return partiesOf(signedAt.get(record.id) ?? [], found);
        return null;
      case 'bridgePoints':
        return label === 'Event' && bridgePoints.has(record.id) ? { values: [bridgePoints.get(record.id)!], what: `the organisations that attended it followed it from ${bridgePoints.get(record.id)} bridge points` } : null;
      case 'members':
        return label === 'Organization' && typeof record.memberCount === 'number' ? { values: [record.memberCount], what: `its memberCount is ${record.memberCount}` } : null;
    }
  };

  for (const file of dataset.entities) {
    for (const record of file.records) {
      const texts: Array<[string, string]> = [
        ['name', record.name ?? ''],
        ...(record.aliases ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a]),
        ['description', record.description ?? ''],
      ];
      for (const [field, text] of texts) {
        for (const kind of Object.keys(NOUNS) as Counted[]) {
          for (const found of countsIn(text, kind)) {
            const facts = expected(file.label, record, kind, found);
            if (facts && !facts.values.includes(found.value)) {
              issues.push({ file: file.file, record: record.id, field, message: `says "${found.phrase}" (${found.value}), but ${facts.what}` });
            }
          }
        }
      }
    }
  }
  return issues;
}
