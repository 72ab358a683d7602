import { BoundedCache } from './bounded-cache.js';
import type { Params } from './executor.js';

/** One statement waiting for the next flush, and the columns it returns. */
interface PendingRead {
  cypher: string;
  params: Params;
  columns: readonly string[];
  resolve(rows: Record<string, unknown>[]): void;
  reject(error: unknown): void;
}

/** Runs one read statement and returns its rows as objects keyed by column. */
export type RunRead = (cypher: string, params: Params) => Promise<Record<string, unknown>[]>;

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Gives each statement its own parameter names (`$ids` → `$s2_ids`), so that
 * statements written independently can share one parameter map. Only for the
 * project's own statements: they hold no string literal with a `$` in it.
 */
function renameParameters(cypher: string, params: Params, prefix: string): { cypher: string; params: Params } {
  const renamed: Params = {};
  for (const [name, value] of Object.entries(params)) renamed[`${prefix}${name}`] = value;
  return { cypher: renamedStatement(cypher, prefix), params: renamed };
}

// The statements are the repositories' constants and their variants, a few
// hundred texts at most, and a level holds a few dozen reads, so each renaming
// is worked out once per process; the bounds only keep a mistake (a text built
// per request) from growing it forever.
const RENAMED_LIMIT = 2_000;
const PREFIXES_LIMIT = 200;
const renamed = new BoundedCache<string, BoundedCache<string, string>>(RENAMED_LIMIT);

function renamedStatement(cypher: string, prefix: string): string {
  const byPrefix = renamed.get(cypher) ?? renamed.set(cypher, new BoundedCache(PREFIXES_LIMIT));
  return byPrefix.get(prefix) ?? byPrefix.set(prefix, cypher.replace(PARAMETER, (_match, name: string) => `$${prefix}${name}`));
}

function rowOf(columns: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
  return row;
}

/**
 * The reads of one request that are issued together — the DataLoader batches
 * of one level of a GraphQL operation — leave as a single Cypher statement:
 * each read becomes a unit subquery whose rows are collected in their order
 * (as lists of column values, made objects again here),
 * and the parts are joined with UNION ALL, one row per part. So a level costs
 * one round trip however many fields and kinds of node it touches.
 *
 * Reads are gathered until the event loop has run every pending promise job
 * (setImmediate), which is after DataLoader has dispatched all the batches of
 * the level. A lone read runs as it is. If the combined statement fails, every
 * read in it fails with that error.
 */
export class ReadCoalescer {
  private pending: PendingRead[] = [];

  constructor(private readonly runRead: RunRead) {}

  read(cypher: string, params: Params, columns: readonly string[]): Promise<Record<string, unknown>[]> {
    if (columns.length === 0 || !columns.every((c) => IDENTIFIER.test(c))) {
      throw new Error(`coalesced reads name their columns as plain identifiers, got [${columns.join(', ')}]`);
    }
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ cypher, params, columns, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const reads = this.pending;
    this.pending = [];
    if (reads.length === 1) {
      const [only] = reads as [PendingRead];
      await this.runRead(only.cypher, only.params).then(only.resolve, only.reject);
      return;
    }
    const parts: string[] = [];
    const params: Params = {};
    reads.forEach((read, i) => {
      const own = renameParameters(read.cypher, read.params, `s${i}_`);
      Object.assign(params, own.params);
      // Rows travel as lists, not maps: a map would carry every column's name again in every row.
      parts.push(`CALL () {\n${own.cypher}\n}\nRETURN ${i} AS part, collect([${read.columns.join(', ')}]) AS rows`);
    });
    try {
      const rows = await this.runRead(parts.join('\nUNION ALL\n'), params);
      const byPart = new Map(rows.map((r) => [r.part as number, r.rows as unknown[][]]));
      reads.forEach((read, i) => read.resolve((byPart.get(i) ?? []).map((values) => rowOf(read.columns, values))));
    } catch (error) {
      for (const read of reads) read.reject(error);
    }
  }
}
