import type { Executor } from '../executor.js';
import { ENTITY_LABELS, type EntityLabel } from '../../../model/labels.js';
import { nameKeysOf } from '../../../model/text.js';

const BATCH = 5000;

// Keyset pages in id order (the id constraint's index), so each page costs the same however far the backfill is.
const page = (label: EntityLabel) => `
MATCH (n:${label}) WHERE n.id > $after
RETURN n.id AS id, coalesce(n.name, n.title, '') AS name, coalesce(n.aliases, []) AS aliases
ORDER BY n.id LIMIT toInteger($batch)`;

const write = (label: EntityLabel) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n.nameKeys = row.keys`;

/**
 * Migration 005: every entity gets `nameKeys` (model/text.ts), which the
 * writers derive from now on. Folding Vietnamese is TypeScript's job, so the
 * data is read and written back in batches of its own transactions; it sets
 * the same value however often it runs, so a run that died half-way is simply
 * repeated.
 */
export async function backfillNameKeys(executor: Executor): Promise<number> {
  let written = 0;
  for (const label of ENTITY_LABELS) {
    let after = '';
    for (;;) {
      const rows = await executor.read<{ id: string; name: string; aliases: string[] }>(page(label), { after, batch: BATCH });
      if (rows.length === 0) break;
      await executor.write(write(label), { rows: rows.map((r) => ({ id: r.id, keys: nameKeysOf(r.name, r.aliases) })) });
      written += rows.length;
      after = rows.at(-1)!.id;
    }
  }
  return written;
}
