import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Counter-based randomness: entity `index` of stream `stream` gets a generator
 * of its own, seeded from (seed, stream, index). Any entity can therefore be
 * regenerated alone, in any order — which is what lets the generator write
 * every section of the file (nodes by label, relationships by type) from pure
 * functions of an index, in constant memory, and give the same bytes for the
 * same seed. The generator itself is pure-rand's xoroshiro128+.
 */

// murmur3's finaliser: spreads nearby inputs (index 41, 42) over unrelated states.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class Random {
  private readonly generator;

  constructor(seed: number, stream: number, index: number) {
    const a = mix(seed ^ mix(stream + 0x9e3779b9));
    const b = mix(a ^ index);
    const c = mix(b + 0x632be5ab);
    // xoroshiro's state must not be all zero.
    const d = mix(c ^ 0x85157af5) | 1;
    this.generator = xoroshiro128plusFromState([a, b, c, d]);
  }

  /** A whole number from `from` to `to`, both included. */
  int(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.int(0, total - 1);
    for (const [value, w] of items) {
      if (r < w) return value;
      r -= w;
    }
    return items[items.length - 1]![0];
  }

  chance(probability: number): boolean {
    return this.int(0, 9_999) < probability * 10_000;
  }
}

/** One stream per kind of entity, so adding a draw to one kind leaves the others' values unchanged. */
export const STREAM = {
  district: 1,
  commune: 2,
  newCommune: 3,
  person: 4,
  event: 5,
  source: 6,
  model: 7,
  program: 8,
  document: 9,
  award: 10,
} as const;
