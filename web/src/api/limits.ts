/**
 * The API's bounds on what the explorer sends, as `@constraint` states them in
 * schema/*.graphql (test/unit/web-input-limits.test.ts keeps the two equal).
 * Inputs carry them as `maxlength`, and a value from the address bar that is
 * beyond them is pointed out before any request is made.
 */
export const LIMITS = {
  /** `search(query:)`, `ModelFilter.text`, `ModelFilter.category`. */
  text: 300,
  /** Any global id (`node(id:)`, `paths(from:, to:)`, `ModelFilter.place`). */
  id: 200,
  /** `paths(maxHops:)`. */
  minHops: 1,
  maxHops: 6,
} as const;

/** The years a model filter takes: the inputs' min and max (the API takes any Date). */
export const YEARS = { min: 1900, max: 2100 } as const;
