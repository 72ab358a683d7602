import { statementVariants } from '../statement-variants.js';

/**
 * Cypher fragments shared by the list statements that filter by place, by
 * validity or by folded text. Fixed text, built once at module load from
 * constants; never from input.
 */

/**
 * The steps a place scope takes between a place and the filter's place
 * `q.place`, as a predicate on the list `steps` of PART_OF and SUCCEEDED_BY
 * relationships: PART_OF (a place inside it, at any depth) when `q.contained`,
 * SUCCEEDED_BY (a unit that became it: merged into it, renamed to it, split
 * into it, at any remove) when `q.succession` (docs/decisions/026). Both
 * together reach what was inside its predecessors: the communes of the
 * Đồng Tháp of 2021 are in the scope of the Đồng Tháp of 2025. History is not
 * rewritten: the 2021 event stays held in the 2021 province; only the filter
 * follows the line. PART_OF and SUCCEEDED_BY join a place to places only
 * (model/graph-model.ts), so a walk from a place stays among places.
 */
export const SCOPE_STEPS = `all(step IN steps WHERE CASE type(step) WHEN 'PART_OF' THEN q.contained ELSE q.succession END)`;

/** The relationship that ties a result of each kind to its places, as a place filter reads it. */
export const PLACE_LINKS = {
  Model: 'ORIGINATED_IN|ADOPTED_IN',
  Event: 'HELD_IN',
  Program: 'APPLIES_IN',
  Organization: 'LOCATED_IN',
} as const;

/** The kinds of result a place filter scopes. */
export type ScopedLabel = keyof typeof PLACE_LINKS;

/** The relationships a place scope steps along (SCOPE_STEPS says which a query follows). */
export const SCOPE_STEP_TYPES = ['PART_OF', 'SUCCEEDED_BY'] as const;

/** The places in the scope of `q.place` (SCOPE_STEPS), as a MATCH from it down to `inside`. */
export const PLACES_IN_SCOPE = `MATCH (:Place {id: q.place})<-[steps:${SCOPE_STEP_TYPES.join('|')}*0..]-(inside:Place) WHERE ${SCOPE_STEPS}`;

/** Where a list's nodes come from: those tied to a place in the scope of `q.place`, and every node when a query has no place. */
export type ListBranch = 'inScope' | 'everyNode';

const BOTH_BRANCHES: ReadonlySet<ListBranch> = new Set(['inScope', 'everyNode']);

/**
 * The nodes a filtered list starts from, bound as `node` over `q`: with a
 * place, found from the place down (`fromPlace`: PLACES_IN_SCOPE, then what is
 * tied to the places in scope, ending `RETURN DISTINCT node`) instead of
 * testing every node against the place, which at a million entities read every
 * event or organisation and walked up from each (a province's events took
 * 1.4 s); without one, `everyNode` (a MATCH binding `node`, with any WHERE it
 * needs). A statement serving queries with and without a place has both
 * branches; the UNWIND of an empty list keeps the every-node branch from
 * running for a query with a place, so the branches never overlap and UNION
 * ALL spares a pass for duplicates. `branches` leaves out one that no query of
 * the statement needs (branchesFor): a list of every event is a plain MATCH.
 */
export function listBranches(branches: ReadonlySet<ListBranch>, node: string, fromPlace: string, everyNode: string): string {
  if (!branches.has('inScope')) return `  ${everyNode}`;
  if (!branches.has('everyNode')) return `  CALL (q) {\n    ${fromPlace}\n  }`;
  return `  CALL (q) {
    ${fromPlace}
    UNION ALL
    UNWIND CASE WHEN q.place IS NULL THEN [true] ELSE [] END AS everyNode
    ${everyNode}
    RETURN ${node}
  }`;
}

/** listBranches for the nodes of `label` tied to places by PLACE_LINKS. */
export function listSource(label: ScopedLabel, node: string, branches: ReadonlySet<ListBranch> = BOTH_BRANCHES): string {
  const fromPlace = `${PLACES_IN_SCOPE}
    MATCH (inside)<-[:${PLACE_LINKS[label]}]-(${node}:${label})
    RETURN DISTINCT ${node}`;
  return listBranches(branches, node, fromPlace, `MATCH (${node}:${label})`);
}

/** The branches a statement for these list queries needs: `inScope` when one names a place, `everyNode` when one does not. */
export function branchesFor(queries: readonly { place: string | null }[]): ReadonlySet<ListBranch> {
  const branches = new Set<ListBranch>();
  for (const q of queries) branches.add(q.place === null ? 'everyNode' : 'inScope');
  return branches;
}

/**
 * A list statement per ordering and set of branches, each built once by
 * `build`, chosen for a batch of queries by the branches it needs.
 */
export function branchVariants<O extends string>(build: (order: O, branches: ReadonlySet<ListBranch>) => string): (order: O, queries: readonly { place: string | null }[]) => string {
  const variants = statementVariants(
    ({ order, branches }: { order: O; branches: ReadonlySet<ListBranch> }) => `${order}:${[...branches].sort().join(',')}`,
    ({ order, branches }) => build(order, branches),
  );
  return (order, queries) => variants({ order, branches: branchesFor(queries) });
}

/**
 * True when the place was valid on the day `day` (a Cypher expression of a
 * string `YYYY-MM-DD`). A partial bound covers a range of days: a place valid
 * from "2025-07" exists from the first day of the month, one valid to "2025"
 * until the last day of the year.
 */
export function validOn(place: string, day: string): string {
  return `((${place}.validFromFrom IS NULL OR ${place}.validFromFrom <= date(${day})) AND (${place}.validToTo IS NULL OR ${place}.validToTo >= date(${day})))`;
}

// The combining marks Vietnamese uses once decomposed (NFD): grave, acute,
// circumflex, tilde, breve, hook above, horn, dot below.
const VIETNAMESE_MARKS = ['\\u0300', '\\u0301', '\\u0302', '\\u0303', '\\u0306', '\\u0309', '\\u031B', '\\u0323'].map((m) => `'${m}'`).join(', ');

/**
 * The Cypher twin of foldVietnamese (model/text.ts), for properties that have
 * no folded copy stored (names and aliases apart from the description, a model's
 * category): lower case, marks removed, đ → d.
 */
export function folded(expression: string): string {
  return `replace(reduce(s = toLower(normalize(${expression}, NFD)), mark IN [${VIETNAMESE_MARKS}] | replace(s, mark, '')), 'đ', 'd')`;
}
