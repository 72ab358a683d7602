/**
 * All shortest paths between two nodes of an undirected graph read one level at
 * a time, by a breadth-first search from both ends.
 *
 * Why not Cypher's allShortestPaths: in the entity graph a role observation
 * chain (Person → RoleObservation → Organization) is one HELD_ROLE edge, but
 * for allShortestPaths it is two relationships, so it would miss paths that are
 * shortest in the graph the API shows. Here the neighbours come from a
 * statement that already counts that chain as one step.
 *
 * The first round reads the first level of both ends in one call (each end is
 * one node, so that is cheap, and it is where the repository checks that both
 * ends exist). After that each round reads the level of the end whose frontier
 * is cheaper to read — the fewest relationships, by the degrees the previous
 * round reported, or the fewest nodes when degrees are unknown — so that a hub
 * near one end is expanded only if the path has to go through it; and it also
 * reads the other end's level when that costs at most CO_EXPANSION_BUDGET
 * relationships, so that a path through small frontiers takes fewer rounds.
 * A path of n ≥ 2 edges costs at most n − 1 rounds, and ⌈n / 2⌉ when every
 * frontier on the way is within the budget.
 */

/** The relationships a frontier may have for its level to be read in a round that reads the other end's anyway. */
export const CO_EXPANSION_BUDGET = 2000;

/** The neighbours of each of the given nodes (nodes are opaque strings here). */
export type Neighbours = ReadonlyMap<string, readonly string[]>;

/** How many relationships each of some nodes has: what reading its neighbours costs. */
export type Degrees = ReadonlyMap<string, number>;

/**
 * One round: the neighbours of the forward frontier and of the backward one
 * (empty when not asked), and, when known, the degrees of the neighbours.
 */
export type ExpandLevels = (forward: readonly string[], backward: readonly string[]) => Promise<[Neighbours, Neighbours, Degrees?]>;

interface Side {
  distance: Map<string, number>;
  /** For each reached node, its neighbours one level closer to this side's root, in the order they were met. */
  parents: Map<string, string[]>;
  frontier: string[];
  depth: number;
  /** The sum of the frontier's degrees, or Infinity while one is unknown. */
  cost: number;
}

function side(root: string): Side {
  return { distance: new Map([[root, 0]]), parents: new Map(), frontier: [root], depth: 0, cost: Infinity };
}

function advance(s: Side, neighbours: Neighbours, degrees: Degrees): string[] {
  const next: string[] = [];
  const level = s.depth + 1;
  for (const node of s.frontier) {
    for (const neighbour of [...(neighbours.get(node) ?? [])].sort()) {
      const known = s.distance.get(neighbour);
      if (known === undefined) {
        s.distance.set(neighbour, level);
        s.parents.set(neighbour, [node]);
        next.push(neighbour);
      } else if (known === level && !s.parents.get(neighbour)!.includes(node)) {
        s.parents.get(neighbour)!.push(node);
      }
    }
  }
  s.depth = level;
  s.frontier = next.sort();
  s.cost = s.frontier.reduce((sum, node) => sum + (degrees.get(node) ?? Infinity), 0);
  return s.frontier;
}

/** Every shortest path from this side's root to `node`, root first. */
function* pathsFromRoot(node: string, s: Side): Generator<string[]> {
  const parents = s.parents.get(node);
  if (!parents) {
    yield [node];
    return;
  }
  for (const parent of parents) for (const path of pathsFromRoot(parent, s)) yield [...path, node];
}

/**
 * Up to `limit` shortest paths from `from` to `to` of at most `maxHops` edges,
 * as node lists (from first); empty when none is that short. In a round that
 * reads both ends, the forward end advances first, so a path of odd length is
 * found before the backward level is looked at.
 */
export async function shortestPaths(from: string, to: string, maxHops: number, limit: number, expandLevels: ExpandLevels): Promise<string[][]> {
  if (from === to) return limit > 0 ? [[from]] : [];
  const forward = side(from);
  const backward = side(to);
  let round = 0;
  while (forward.depth + backward.depth < maxHops && forward.frontier.length > 0 && backward.frontier.length > 0) {
    round += 1;
    const [readForward, readBackward] = levelsToRead(forward, backward, round, maxHops);
    const [ahead, behind, degrees = new Map<string, number>()] = await expandLevels(readForward ? forward.frontier : [], readBackward ? backward.frontier : []);
    // No node was reached from both ends before this level, so every node where
    // the ends meet now lies on a shortest path and splits it at this level.
    if (readForward) {
      const met = advance(forward, ahead, degrees).filter((node) => backward.distance.has(node));
      if (met.length > 0) return collectPaths(met, forward, backward, limit);
      if (forward.frontier.length === 0) break;
    }
    if (readBackward) {
      const met = advance(backward, behind, degrees).filter((node) => forward.distance.has(node));
      if (met.length > 0) return collectPaths(met, forward, backward, limit);
    }
  }
  return [];
}

/** Which ends a round reads: [forward, backward]. Both only while two more levels fit in maxHops. */
function levelsToRead(forward: Side, backward: Side, round: number, maxHops: number): [boolean, boolean] {
  const bothFit = forward.depth + backward.depth + 2 <= maxHops;
  if (round === 1 && bothFit) return [true, true];
  const forwardCheaper =
    forward.cost !== backward.cost && Number.isFinite(Math.min(forward.cost, backward.cost))
      ? forward.cost < backward.cost
      : forward.frontier.length <= backward.frontier.length;
  const other = forwardCheaper ? backward : forward;
  const both = bothFit && other.cost <= CO_EXPANSION_BUDGET;
  return [forwardCheaper || both, !forwardCheaper || both];
}

function collectPaths(meeting: readonly string[], forward: Side, backward: Side, limit: number): string[][] {
  const paths: string[][] = [];
  for (const node of meeting) {
    for (const head of pathsFromRoot(node, forward)) {
      for (const tail of pathsFromRoot(node, backward)) {
        if (paths.length >= limit) return paths;
        paths.push([...head, ...[...tail].reverse().slice(1)]);
      }
    }
  }
  return paths;
}
