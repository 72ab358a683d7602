/**
 * npm run keys -- create --role editor --name "Ban Dân vận Đồng Tháp"
 * npm run keys -- revoke <key id>
 * npm run keys -- list
 *
 * Manages API keys in the configured Neo4j. A key's secret is printed once, at
 * creation, and never stored (only its SHA-256 hash is). A revoked key stops
 * working within AUTH_CACHE_TTL_MS (5 s by default) in every API process.
 */
import { parseArgs } from 'node:util';
import { isRole, newKeySecret, ROLES } from '../api/auth/index.js';
import { ApiKeyRepository } from '../api/db/auth/api-key.repository.js';
import { withScriptDatabase } from './script-database.js';

// Writes from the command line are audited too, as the `cli` actor.
const CLI = { keyId: null, name: 'cli', role: null };
const USAGE = `usage: npm run keys -- create --role ${ROLES.join('|')} --name "<who uses it>"
       npm run keys -- revoke <key id>
       npm run keys -- list`;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' } },
});
const [command, ...rest] = positionals;

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

if (command === 'create') {
  const role = values.role;
  const name = values.name?.normalize('NFC').trim();
  if (!isRole(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
  if (!name || name.length > 200) fail('--name is required (at most 200 characters): say who or what uses the key');
  await withScriptDatabase(async (executor) => {
    const key = newKeySecret();
    await new ApiKeyRepository(executor).create({ id: key.id, name, role, hash: key.hash }, CLI);
    console.log(`Created ${role} key ${key.id} for "${name}".`);
    console.log('Its secret is shown once; it cannot be recovered. Send it as `Authorization: Bearer <secret>`:');
    console.log(key.secret);
  });
} else if (command === 'revoke') {
  const id = rest[0];
  if (!id) fail('revoke needs the key id (see `npm run keys -- list`)');
  await withScriptDatabase(async (executor) => {
    const key = await new ApiKeyRepository(executor).revoke(id, CLI);
    if (!key) {
      console.error(`error: no key has the id ${id}`);
      process.exitCode = 1;
      return;
    }
    console.log(`Revoked ${key.id} ("${key.name}") at ${key.revokedAt}; it stops working within seconds.`);
  });
} else if (command === 'list') {
  await withScriptDatabase(async (executor) => {
    const keys = await new ApiKeyRepository(executor).list();
    if (keys.length === 0) console.log('No API keys.');
    for (const k of keys) console.log(`${k.id}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'.padEnd(8)}  created ${k.createdAt}  ${k.name}`);
  });
} else {
  fail(command ? `unknown command "${command}"` : 'a command is required');
}
