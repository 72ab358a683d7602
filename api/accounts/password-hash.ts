import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { WorkGate } from './work-gate.js';

/**
 * scrypt's cost: N = 2^logN, block size r, parallelism p. OWASP's password
 * storage cheat sheet gives N = 2^17, r = 8, p = 1 (128 MiB, memory-hard).
 */
export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

export const RECOMMENDED_COST: ScryptCost = Object.freeze({ logN: 17, r: 8, p: 1 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds on what a stored hash may ask for, so a damaged or hostile row cannot make one check take minutes or gigabytes.
const LOG_N_RANGE = [10, 20] as const;
const R_RANGE = [1, 32] as const;
const P_RANGE = [1, 16] as const;

/** What scrypt needs in memory for a cost (128·N·r bytes), with room, as Node's `maxmem`. */
function maxmemFor(cost: ScryptCost): number {
  return 2 * 128 * 2 ** cost.logN * cost.r + 1024 * 1024;
}

function checkedCost(cost: ScryptCost): ScryptCost {
  const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!within(cost.logN, LOG_N_RANGE) || !within(cost.r, R_RANGE) || !within(cost.p, P_RANGE)) {
    throw new RangeError(`scrypt cost out of bounds: ln=${cost.logN}, r=${cost.r}, p=${cost.p}`);
  }
  return cost;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** cost.logN, r: cost.r, p: cost.p, maxmem: maxmemFor(cost) };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** `$scrypt$ln=17,r=8,p=1$<salt>$<key>`: the PHC string format, so the cost travels with each hash and can be raised later. */
export function formatHash(cost: ScryptCost, salt: Buffer, key: Buffer): string {
  return `$scrypt$ln=${cost.logN},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(key)}`;
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,64})\$([A-Za-z0-9+/]{32,128})$/;

export function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const match = PHC.exec(stored);
  if (!match) return null;
  const cost = { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  try {
    checkedCost(cost);
  } catch {
    return null;
  }
  return { cost, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

/**
 * Hashes and checks passwords with scrypt (Node's crypto, from OpenSSL),
 * through a gate that bounds how many run at once. `verifyNothing` spends what
 * a check against a hash of this cost spends, for a user name that has no
 * account, so that an unknown name and a wrong password take the same time
 * (a hash of another cost is remade at its next sign-in: isOutdated).
 */
export class PasswordHasher {
  private readonly gate: WorkGate;

  constructor(
    readonly cost: ScryptCost = RECOMMENDED_COST,
    gate: { concurrency: number; queueLimit: number } = { concurrency: 2, queueLimit: 32 },
  ) {
    checkedCost(cost);
    this.gate = new WorkGate(gate.concurrency, gate.queueLimit);
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await this.gate.run(() => derive(password, salt, this.cost));
    return formatHash(this.cost, salt, key);
  }

  /** True when `password` is the one `stored` was made from; false for any other, and for a stored value that is not a hash. */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parseHash(stored);
    if (!parsed) {
      await this.verifyNothing(password);
      return false;
    }
    const key = await this.gate.run(() => derive(password, parsed.salt, parsed.cost));
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  }

  /** The work of a check at this hasher's cost, with a random salt and nothing to match; always false. */
  async verifyNothing(password: string): Promise<false> {
    await this.gate.run(() => derive(password, randomBytes(SALT_BYTES), this.cost));
    return false;
  }

  /** True when `stored` was made with another cost than this hasher's (to rehash at the next sign-in). */
  isOutdated(stored: string): boolean {
    const parsed = parseHash(stored);
    return !parsed || parsed.cost.logN !== this.cost.logN || parsed.cost.r !== this.cost.r || parsed.cost.p !== this.cost.p;
  }
}
