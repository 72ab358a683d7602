import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CO_EXPANSION_BUDGET, shortestPaths, type ExpandLevels } from '../../api/db/graph/shortest-paths.js';

/** An undirected graph in memory that answers rounds the way the repository does, and counts them. */
class FakeGraph {
  /** The frontiers each round asked for (forward, then backward). */
  readonly rounds: [string[], string[]][] = [];
  private readonly adjacency = new Map<string, Set<string>>();

  /** `reportDegrees`: answer each round with the degrees of the nodes it reached, as the repository does. */
  constructor(
    edges: readonly (readonly [string, string])[],
    private readonly reportDegrees = false,
  ) {
    for (const [a, b] of edges) {
      this.link(a, b);
      this.link(b, a);
    }
  }

  private link(a: string, b: string) {
    if (!this.adjacency.has(a)) this.adjacency.set(a, new Set());
    this.adjacency.get(a)!.add(b);
  }

  readonly expand: ExpandLevels = async (forward, backward) => {
    this.rounds.push([[...forward], [...backward]]);
    const level = (nodes: readonly string[]) => new Map(nodes.map((n) => [n, [...(this.adjacency.get(n) ?? [])]]));
    if (!this.reportDegrees) return [level(forward), level(backward)];
    const reached = [...forward, ...backward].flatMap((n) => [...(this.adjacency.get(n) ?? [])]);
    return [level(forward), level(backward), new Map(reached.map((n) => [n, this.adjacency.get(n)?.size ?? 0]))];
  };

  /** Levels read, both ends together. */
  get levelsRead(): number {
    return this.rounds.reduce((sum, [f, b]) => sum + (f.length > 0 ? 1 : 0) + (b.length > 0 ? 1 : 0), 0);
  }

  /** Every shortest path by brute force: all simple paths up to `maxHops`, keep the shortest. */
  allShortest(from: string, to: string, maxHops: number): string[][] {
    const found: string[][] = [];
    const walk = (path: string[]) => {
      const last = path.at(-1)!;
      if (last === to) {
        found.push(path);
        return;
      }
      if (path.length - 1 >= maxHops) return;
      for (const next of this.adjacency.get(last) ?? []) if (!path.includes(next)) walk([...path, next]);
    };
    walk([from]);
    const best = Math.min(...found.map((p) => p.length));
    return found.filter((p) => p.length === best);
  }
}

const sorted = (paths: string[][]) => paths.map((p) => p.join('>')).sort();

describe('shortestPaths (bidirectional breadth-first search)', () => {
  it('finds every shortest path and no longer one', async () => {
    // a–b–d and a–c–d are shortest; a–e–f–d is longer.
    const graph = new FakeGraph([['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd'], ['a', 'e'], ['e', 'f'], ['f', 'd']]);
    assert.deepEqual(sorted(await shortestPaths('a', 'd', 6, 10, graph.expand)), ['a>b>d', 'a>c>d']);
  });

  it('answers the direct edge alone when there is one', async () => {
    const graph = new FakeGraph([['a', 'd'], ['a', 'b'], ['b', 'd']]);
    assert.deepEqual(await shortestPaths('a', 'd', 6, 10, graph.expand), [['a', 'd']]);
  });

  it('finds nothing when the ends are further apart than maxHops, reading at most maxHops levels', async () => {
    const graph = new FakeGraph([['a', 'b'], ['b', 'c'], ['c', 'd']]);
    assert.deepEqual(await shortestPaths('a', 'd', 2, 10, graph.expand), []);
    assert.ok(graph.levelsRead <= 2, `read ${graph.levelsRead} levels`);
    assert.deepEqual(await shortestPaths('a', 'd', 3, 10, graph.expand), [['a', 'b', 'c', 'd']]);
  });

  it('finds nothing between unconnected entities, and stops as soon as one side has nowhere to go', async () => {
    const graph = new FakeGraph([['a', 'b'], ['c', 'd']]);
    assert.deepEqual(await shortestPaths('a', 'd', 6, 10, graph.expand), []);
    // Round 1 reaches b and c; round 2 finds nothing new beyond b, and the search stops there.
    assert.equal(graph.rounds.length, 2);
  });

  it('answers the entity itself when both ends are the same', async () => {
    const graph = new FakeGraph([['a', 'b']]);
    assert.deepEqual(await shortestPaths('a', 'a', 4, 10, graph.expand), [['a']]);
    assert.equal(graph.rounds.length, 0);
  });

  it('stops at the limit', async () => {
    // Five middle nodes make five shortest paths.
    const graph = new FakeGraph(['m1', 'm2', 'm3', 'm4', 'm5'].flatMap((m) => [['a', m] as const, [m, 'z'] as const]));
    const paths = await shortestPaths('a', 'z', 4, 3, graph.expand);
    assert.deepEqual(sorted(paths), ['a>m1>z', 'a>m2>z', 'a>m3>z']);
  });

  it('reads both ends in the first round, then one level a round: a path of n ≥ 2 edges costs n − 1 rounds', async () => {
    // A chain n0–n1–…–n6: the path from n0 to n(k) has k edges.
    const chain = new FakeGraph(Array.from({ length: 6 }, (_, i) => [`n${i}`, `n${i + 1}`] as const));
    for (let length = 1; length <= 6; length += 1) {
      const before = chain.rounds.length;
      const paths = await shortestPaths('n0', `n${length}`, 6, 10, chain.expand);
      assert.equal(paths[0]?.length, length + 1);
      assert.equal(chain.rounds.length - before, Math.max(1, length - 1), `rounds for a path of ${length} edges`);
    }
  });

  it('never reads a level that maxHops could not use', async () => {
    const chain = new FakeGraph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]);
    assert.deepEqual(await shortestPaths('a', 'e', 3, 10, chain.expand), []);
    // (a | e), then one side (b or d): a fourth level would make 4 hops.
    assert.equal(chain.rounds.length, 2);
    assert.equal(chain.levelsRead, 3);
    const single = new FakeGraph([['a', 'b']]);
    await shortestPaths('a', 'b', 1, 10, single.expand);
    assert.deepEqual(single.rounds, [[['a'], []]]);
  });

  it('expands the smaller frontier after the first round: a hub on the way is read only if the path needs it', async () => {
    // a–b–h–z, and the hub h has 50 more neighbours. Round 1 reads a and z; round 2 reads b (the
    // smaller frontier, or tied), which meets h: h itself is never expanded.
    const graph = new FakeGraph([['a', 'b'], ['b', 'h'], ['h', 'z'], ...Array.from({ length: 50 }, (_, i) => ['h', `n${i}`] as const)]);
    assert.deepEqual(await shortestPaths('a', 'z', 6, 10, graph.expand), [['a', 'b', 'h', 'z']]);
    assert.ok(!graph.rounds.some(([f, b]) => f.includes('h') || b.includes('h')), 'the hub was expanded');
  });

  it('with degrees known, also reads the other end when its frontier is within the budget: a path of n edges costs ⌈n / 2⌉ rounds', async () => {
    const chain = new FakeGraph(Array.from({ length: 6 }, (_, i) => [`n${i}`, `n${i + 1}`] as const), true);
    for (let length = 1; length <= 6; length += 1) {
      const before = chain.rounds.length;
      const paths = await shortestPaths('n0', `n${length}`, 6, 10, chain.expand);
      assert.equal(paths[0]?.length, length + 1);
      assert.equal(chain.rounds.length - before, Math.ceil(length / 2), `rounds for a path of ${length} edges`);
    }
  });

  it('with degrees known, never reads a frontier over the budget for a round that reads the other end anyway', async () => {
    // a–b–h–c–z: the hub h has more relationships than the budget. After round 1 (a | z), the
    // frontiers are {b} and {c}, both small: round 2 reads both and meets at h, never expanding it.
    const spokes = Array.from({ length: CO_EXPANSION_BUDGET + 10 }, (_, i) => ['h', `s${i}`] as const);
    const graph = new FakeGraph([['a', 'b'], ['b', 'h'], ['h', 'c'], ['c', 'z'], ...spokes], true);
    assert.deepEqual(await shortestPaths('a', 'z', 6, 10, graph.expand), [['a', 'b', 'h', 'c', 'z']]);
    assert.equal(graph.rounds.length, 2);
    // a–h–b–c–d–z: after round 1 the forward frontier is the hub itself, so the backward end
    // advances alone, round after round, until it reaches the hub: the hub is never read.
    const far = new FakeGraph([['a', 'h'], ['h', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'z'], ...spokes], true);
    assert.deepEqual(await shortestPaths('a', 'z', 6, 10, far.expand), [['a', 'h', 'b', 'c', 'd', 'z']]);
    assert.ok(!far.rounds.some(([f, b]) => f.includes('h') || b.includes('h')), 'the hub was expanded');
    assert.deepEqual(far.rounds.slice(1).map(([f, b]) => [f.length, b.length]), [[0, 1], [0, 1], [0, 1]]);
  });

  it('agrees with brute force on random graphs, with and without degrees', async () => {
    for (const reportDegrees of [false, true]) await agreesWithBruteForce(reportDegrees);
  });
});

async function agreesWithBruteForce(reportDegrees: boolean) {
  {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round += 1) {
      const size = 4 + Math.floor(random() * 8);
      const edges: [string, string][] = [];
      for (let i = 0; i < size; i += 1) for (let j = i + 1; j < size; j += 1) if (random() < 0.3) edges.push([`n${i}`, `n${j}`]);
      const graph = new FakeGraph(edges, reportDegrees);
      const maxHops = 1 + Math.floor(random() * 6);
      const expected = graph.allShortest('n0', `n${size - 1}`, maxHops);
      const actual = await shortestPaths('n0', `n${size - 1}`, maxHops, 1000, graph.expand);
      assert.deepEqual(sorted(actual), sorted(expected), `round ${round}: ${JSON.stringify(edges)} maxHops ${maxHops}`);
    }
  }
}
