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
 * ends exist); after that each round reads the level of the end whose
 * frontier is smaller, so that a hub near one end is expanded only if the
 * path has to go through it. A path of n ≥ 2 edges costs n − 1 rounds.
 */

/** The neighbours of each of the given nodes (nodes are opaque strings here). */
export type Neighbours = ReadonlyMap<string, readonly string[]>;

/** One round: the neighbours of the forward frontier and of the backward one (empty when not asked). */
export type ExpandLevels = (forward: readonly string[], backward: readonly string[]) => Promise<[Neighbours, Neighbours]>;

interface Side {
  distance: Map<string, number>;
  /** For each reached node, its neighbours one level closer to this side's root, in the order they were met. */
  parents: Map<string, string[]>;
  frontier: string[];
  depth: number;
}

function side(root: string): Side {
  return { distance: new Map([[root, 0]]), parents: new Map(), frontier: [root], depth: 0 };
}

function advance(s: Side, neighbours: Neighbours): string[] {
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
    const both = round === 1 && maxHops >= 2;
    const forwardOnly = !both && forward.frontier.length <= backward.frontier.length;
    const [ahead, behind] = await expandLevels(both || forwardOnly ? forward.frontier : [], both || !forwardOnly ? backward.frontier : []);
    // No node was reached from both ends before this level, so every node where
    // the ends meet now lies on a shortest path and splits it at this level.
    if (both || forwardOnly) {
      const met = advance(forward, ahead).filter((node) => backward.distance.has(node));
      if (met.length > 0) return collectPaths(met, forward, backward, limit);
      if (forward.frontier.length === 0) break;
    }
    if (both || !forwardOnly) {
      const met = advance(backward, behind).filter((node) => forward.distance.has(node));
      if (met.length > 0) return collectPaths(met, forward, backward, limit);
    }
  }
  return [];
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
