import type { EntityLabel } from '../../../model/labels.js';
import { nameKeyOf } from '../../../model/text.js';
import type { Executor } from '../executor.js';
import { CANDIDATES, RECONCILE_LABELS } from './candidates.cypher.js';

/** Full-text hits considered per mention before scoring; enough for a common family name's namesakes. */
export const CANDIDATES_PER_MENTION = 20;
/** Words of a name that reach Lucene; a name is a handful of words, not a paragraph. */
export const MAX_NAME_WORDS = 8;

/** What the registry holds of one candidate, as far as matching needs it (see api/reconcile/mention.ts). */
export interface CandidateRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  organizations: Array<{ names: string[]; from: string | null; to: string | null }>;
  places: string[];
  period: { from: string | null; to: string | null } | null;
}

/**
 * The Lucene query for a name: its folded words (letters and digits only, so
 * nothing of the input is Lucene syntax), each allowed one edit when it is long
 * enough for a typo to leave it recognisable and holds no digit (another
 * number is another thing: 2021 is no typo of 2024), any of them matching; the
 * whole name as a phrase ranks first. Null when the name has no word.
 */
export function candidateQuery(name: string): string | null {
  const words = nameKeyOf(name).split(' ').filter((w) => w.length > 0).slice(0, MAX_NAME_WORDS);
  if (words.length === 0) return null;
  const clauses = words.map((w) => (w.length >= 4 && !/\p{Nd}/u.test(w) ? `${w}~1` : w));
  if (words.length > 1) clauses.push(`"${words.join(' ')}"^3`);
  return clauses.join(' ');
}

/** All Cypher of reconciliation. */
export class ReconcileRepository {
  constructor(private readonly executor: Executor) {}

  /** The candidates of each name, in the order asked: one statement for the whole batch. */
  async candidates(mentions: ReadonlyArray<{ label: EntityLabel; name: string }>): Promise<CandidateRow[][]> {
    const queries = mentions.flatMap((m, index) => {
      const lucene = candidateQuery(m.name);
      return lucene ? [{ index, label: m.label, lucene }] : [];
    });
    const out: CandidateRow[][] = mentions.map(() => []);
    if (queries.length === 0) return out;
    const rows = await this.executor.read<CandidateRow & { index: number }>(CANDIDATES, { queries, labels: RECONCILE_LABELS, perMention: CANDIDATES_PER_MENTION });
    for (const { index, ...row } of rows) out[Number(index)]!.push(row);
    return out;
  }
}
