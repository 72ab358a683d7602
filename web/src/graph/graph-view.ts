import cytoscape, { type Core, type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { EntityRef, GraphEdge } from '../api/types.js';
import { displayName } from '../ui/names.js';
import { edgeCaption, edgeShortCaption, relationshipDetail } from '../ui/relationship-labels.js';
import { routeEdges } from './edge-routing.js';
import { graphStyle, LABEL_FONT } from './graph-style.js';

export interface GraphViewEvents {
  /** A single tap or click on a node. */
  onTap?(node: EntityRef): void;
  /** A double tap or double click on a node. */
  onOpen?(node: EntityRef): void;
}

export interface GraphView {
  readonly cy: Core;
  /** Adds what is not drawn yet; returns how many nodes were new. */
  add(nodes: EntityRef[], edges: GraphEdge[]): number;
  mark(id: string, className: string): void;
  /** Shows the full wording of a node's relationships (every edge already has its short name). */
  focus(id: string): void;
  /** Lays the graph out around the node `center`; `keepInView` (the node just expanded) stays on screen. */
  layout(center: string, keepInView?: string): void;
  /** Places nodes where given (id → model position), then fits the view. */
  place(positions: Record<string, { x: number; y: number }>): void;
  /** Fits the whole drawing to the canvas, however small its labels then get (they hide below a readable size). */
  fit(): void;
  counts(): { nodes: number; edges: number };
  destroy(): void;
}

// A double click also delivers two taps; a tap waits this long to learn
// whether it is half of a double click before it acts.
const DOUBLE_TAP_MS = 280;
/**
 * Zoom bounds after a layout: above the upper one a few nodes would be drawn
 * huge; below the lower one the labels would fall under their minimum size
 * and hide. A graph too large for the canvas at the lower bound is shown
 * around the node of interest, the rest a pan or a "fit" away.
 */
const MAX_LAYOUT_ZOOM = 1.2;
const MIN_LAYOUT_ZOOM = LABEL_FONT.minNode / LABEL_FONT.node + 0.05;

/** A Cytoscape graph of entities in `container`, nodes keyed by global id so repeated additions merge. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents = {}): GraphView {
  // Cytoscape's own wheel sensitivity is kept (overriding it draws a console warning).
  const cy = cytoscape({ container, style: graphStyle(), minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
  let pendingTap: ReturnType<typeof setTimeout> | undefined;
  const refOf = (node: NodeSingular): EntityRef => node.data('ref') as EntityRef;

  cy.on('tap', 'node', (event) => {
    clearTimeout(pendingTap);
    const node = refOf(event.target as NodeSingular);
    pendingTap = setTimeout(() => events.onTap?.(node), DOUBLE_TAP_MS);
  });
  cy.on('dbltap', 'node', (event) => {
    clearTimeout(pendingTap);
    events.onOpen?.(refOf(event.target as NodeSingular));
  });

  /** Keeps the zoom within bounds after a fit, centred on `focus` (or the whole) when it had to change. */
  function settleZoom(focus?: string): void {
    const target = focus ? cy.getElementById(focus) : cy.elements();
    if (cy.zoom() > MAX_LAYOUT_ZOOM) cy.zoom(MAX_LAYOUT_ZOOM);
    else if (cy.zoom() < MIN_LAYOUT_ZOOM) cy.zoom(MIN_LAYOUT_ZOOM);
    else return;
    cy.center(target.nonempty() ? target : cy.elements());
  }

  return {
    cy,
    add(nodes, edges) {
      const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
      cy.add(fresh.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, kind: n.__typename, ref: n, label: shorten(displayName(n)) } })));
      cy.add(
        edges
          .filter((e) => cy.getElementById(`e:${e.id}`).empty() && !cy.getElementById(e.from).empty() && !cy.getElementById(e.to).empty())
          .map((e) => {
            const detail = relationshipDetail(e.type, e.label);
            return {
              group: 'edges' as const,
              data: { id: `e:${e.id}`, source: e.from, target: e.to, type: e.type, bend: 0, short: edgeShortCaption(e.type), caption: detail ? `${edgeCaption(e.type)}: ${detail}` : edgeCaption(e.type) },
            };
          }),
      );
      labelParallelEdgesOnce(cy);
      return fresh.length;
    },
    mark(id, className) {
      cy.getElementById(id).addClass(className);
    },
    focus(id) {
      cy.edges('.focus').removeClass('focus');
      cy.getElementById(id).connectedEdges().addClass('focus');
    },
    layout(center, keepInView) {
      // Rings by distance from the centre: its neighbours on the first ring,
      // what an expansion adds further out. A force layout tangles the labels
      // of long official names; rings keep them apart and stay put between expansions.
      const depth = new Map<string, number>();
      cy.elements().breadthFirstSearch({
        root: cy.getElementById(center),
        visit: (node, _edge, _previous, _index, level) => void depth.set(node.id(), level),
      });
      const deepest = Math.max(0, ...depth.values());
      const layout = cy.layout({
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 30,
        // Room between the rings for the edges' labels.
        minNodeSpacing: 120,
        concentric: (node: NodeSingular) => deepest + 1 - (depth.get(node.id()) ?? deepest + 1),
        levelWidth: () => 1,
      } as LayoutOptions);
      layout.one('layoutstop', () => {
        routeEdges(cy);
        settleZoom(keepInView ?? center);
      });
      layout.run();
    },
    place(positions) {
      cy.layout({ name: 'preset', positions, fit: true, padding: 40 } as LayoutOptions).run();
      routeEdges(cy);
      settleZoom();
    },
    fit() {
      cy.fit(undefined, 30);
    },
    counts() {
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    },
    destroy() {
      clearTimeout(pendingTap);
      cy.destroy();
    },
  };
}

/**
 * Edges of one type between the same two nodes (a person at one conference
 * in two capacities) are labelled once, "tham gia ×2", rather than with
 * labels stacked on one another.
 */
function labelParallelEdgesOnce(cy: Core): void {
  const groups = new Map<string, EdgeSingular[]>();
  cy.edges().forEach((edge: EdgeSingular) => {
    const key = [[edge.source().id(), edge.target().id()].sort().join('\u0000'), edge.data('type')].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  });
  for (const group of groups.values()) {
    const caption = edgeShortCaption(group[0]!.data('type') as string);
    group.forEach((edge, i) => edge.data('short', i === Math.floor((group.length - 1) / 2) ? (group.length > 1 ? `${caption} ×${group.length}` : caption) : ''));
  }
}

/** Long official names are cut for the drawing; the full name is in the side panel. */
function shorten(name: string): string {
  return name.length > 48 ? `${name.slice(0, 46)}…` : name;
}
