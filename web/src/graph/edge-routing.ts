import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/**
 * Edges bent around the nodes they do not join. A straight edge drawn
 * through a third node reads as a link to it; so each edge is drawn as a
 * quadratic curve whose bend is the smallest one that keeps the curve clear
 * of every other node. Edges between the same two nodes are routed together,
 * side by side. The graph style draws an edge as `unbundled-bezier` with its
 * one control point at `data(bend)` from the middle of the line between the
 * node centres (`edge-distances: node-position`), on the left of the edge's
 * own direction: the geometry computed here is the one drawn.
 */
export interface Point {
  x: number;
  y: number;
}

/** Bends tried, nearest first; the spacing of edges that share their two nodes. */
const SHIFTS = [0, 30, -30, 60, -60, 90, -90, 130, -130, 180, -180];
const SPREAD = 28;
/** How far a curve keeps from a node's edge, in model pixels. */
export const MARGIN = 6;

/** The point at `t` of the quadratic curve from `s` through control point `c` to `e`. */
export function quadraticPoint(s: Point, c: Point, e: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * s.x + 2 * u * t * c.x + t * t * e.x, y: u * u * s.y + 2 * u * t * c.y + t * t * e.y };
}

/** The control point of an edge from `s` to `e` bent by `bend` (Cytoscape's convention: left of the direction s → e). */
export function controlPoint(s: Point, e: Point, bend: number): Point {
  const dx = e.x - s.x;
  const dy = e.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: (s.x + e.x) / 2 + (-dy / length) * bend, y: (s.y + e.y) / 2 + (dx / length) * bend };
}

/** How far the curve passes from the edge of the nearest obstacle (negative: through it). */
export function clearance(s: Point, c: Point, e: Point, obstacles: readonly { at: Point; radius: number }[]): number {
  let nearest = Infinity;
  for (let i = 1; i < 32; i++) {
    const p = quadraticPoint(s, c, e, i / 32);
    for (const o of obstacles) nearest = Math.min(nearest, Math.hypot(p.x - o.at.x, p.y - o.at.y) - o.radius);
  }
  return nearest;
}

export function routeEdges(cy: Core): void {
  const nodes = cy.nodes().map((n: NodeSingular) => ({ id: n.id(), at: { ...n.position() }, radius: n.outerWidth() / 2 }));
  const groups = new Map<string, EdgeSingular[]>();
  cy.edges().forEach((edge: EdgeSingular) => {
    const key = [edge.source().id(), edge.target().id()].sort().join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  });
  cy.batch(() => {
    for (const group of groups.values()) {
      group.sort((a, b) => a.id().localeCompare(b.id()));
      const first = group[0]!.source().id() < group[0]!.target().id() ? group[0]!.source() : group[0]!.target();
      const ends = new Set([group[0]!.source().id(), group[0]!.target().id()]);
      const obstacles = nodes.filter((n) => !ends.has(n.id));
      // Bends are chosen in the direction from the group's first node; an edge stored the other way bends the other way round.
      const bendsFor = (shift: number) =>
        group.map((edge, i) => (shift + (i - (group.length - 1) / 2) * SPREAD) * (edge.source().id() === first.id() ? 1 : -1));
      let best = { bends: bendsFor(0), worst: -Infinity };
      for (const shift of SHIFTS) {
        const bends = bendsFor(shift);
        const worst = Math.min(
          ...group.map((edge, i) => {
            const s = edge.source().position();
            const e = edge.target().position();
            return clearance(s, controlPoint(s, e, bends[i]!), e, obstacles);
          }),
        );
        if (worst > best.worst) best = { bends, worst };
        if (worst >= MARGIN) break;
      }
      group.forEach((edge, i) => edge.data('bend', best.bends[i]));
    }
  });
}
