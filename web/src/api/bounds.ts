/**
 * Bounds the API states in its schema (@constraint) that the explorer keeps
 * too, so that it never sends what the API refuses; test/unit/curate-rules.test.ts
 * holds each equal to the SDL's.
 */

/** `search(query:)`: @constraint(maxLength: 300) in schema/search.graphql. */
export const SEARCH_TEXT_MAX = 300;
