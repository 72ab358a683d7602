import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { backfillNameKeys } from './backfills/name-keys.js';
import type { Executor } from './executor.js';
import { rebuildModelScope } from './scope/model-scope.js';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

/** Reads `NNN-name.cypher` files: statements end with `;`, `//` lines are comments. */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements,
      };
    });
}

/**
 * Data a migration derives in TypeScript, where Cypher cannot (folding
 * Vietnamese), or in batches of their own transactions (the stored scope): run after the migration's statements and before it is
 * recorded, so a run that died half-way repeats it. Each must be idempotent.
 */
const BACKFILLS: Readonly<Record<string, (executor: Executor) => Promise<unknown>>> = {
  '005-name-keys': backfillNameKeys,
  '009-model-scope': rebuildModelScope,
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const APPLIED = 'MATCH (m:SchemaMigration) RETURN m.version AS version, m.name AS name, m.checksum AS checksum ORDER BY m.version';
const RECORD = 'MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()';

/**
 * Applies the migrations not yet recorded, in order, and waits for new indexes
 * to come online. Statements are idempotent (IF NOT EXISTS), so a run that
 * died half-way is simply repeated. A recorded migration whose file changed is
 * an error: applied migrations are history, a change goes in a new file.
 */
export async function migrate(executor: Executor, migrations: Migration[]): Promise<{ applied: string[]; version: number }> {
  const recorded = await executor.read<{ version: number; name: string; checksum: string }>(APPLIED);
  const byVersion = new Map(recorded.map((r) => [r.version, r]));
  const applied: string[] = [];
  for (const migration of migrations) {
    const previous = byVersion.get(migration.version);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new MigrationError(`migration ${migration.name} was changed after it was applied; put the change in a new migration file`);
      }
      continue;
    }
    // Schema statements cannot share a transaction with each other or with writes.
    for (const statement of migration.statements) await executor.write(statement);
    await BACKFILLS[migration.name]?.(executor);
    await executor.write(RECORD, { version: migration.version, name: migration.name, checksum: migration.checksum });
    applied.push(migration.name);
  }
  if (applied.length > 0) await executor.write('CALL db.awaitIndexes(300)');
  return { applied, version: migrations.at(-1)?.version ?? 0 };
}

/** The highest applied version (null when none is), as one statement: the health probe runs it too. */
export const APPLIED_VERSION = 'MATCH (m:SchemaMigration) RETURN max(m.version) AS version';

/** The highest applied version. */
export async function appliedVersion(executor: Executor): Promise<number> {
  const rows = await executor.read<{ version: number | null }>(APPLIED_VERSION);
  return rows[0]?.version ?? 0;
}
