/**
 * Cypher fragments shared by the list statements that filter by place, by
 * validity or by folded text. Fixed text, built once at module load from
 * constants; never from input.
 */

/**
 * True when the path `from` (ending in an arrow, `(e)-[:HELD_IN]->`) reaches
 * the place `q.place` or, when `q.contained` is true, any place inside it at
 * any depth. Containment is PART_OF as stored, not SUCCEEDED_BY: history is not
 * rewritten, an event of 2021 stays in the Đồng Tháp of 2021.
 */
export function reachesPlace(from: string): string {
  return `EXISTS { MATCH ${from}(inside:Place)-[:PART_OF*0..]->(:Place {id: q.place}) WHERE q.contained OR inside.id = q.place }`;
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
