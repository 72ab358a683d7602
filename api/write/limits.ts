/**
 * Size limits of stored text and lists. Generous for the registry's data
 * (the longest seed name is ~150 characters, the longest description ~600),
 * small enough that no write can bloat a node or the full-text index.
 */
export const LIMITS = {
  name: 300,
  description: 5_000,
  inferenceNote: 2_000,
  shortText: 300,
  note: 1_000,
  /** A source's web address, as the seed schema allows it. */
  url: 2_000,
  slug: 120,
  /** Aliases one request may add; a stored entity may gather up to `storedAliases` over time. */
  aliases: 50,
  storedAliases: 500,
  sources: 50,
  newSources: 10,
} as const;
