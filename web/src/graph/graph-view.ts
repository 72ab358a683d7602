import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { EntityRef, GraphEdge } from '../api/types.js';
import { edgeCaption, relationshipDetail } from '../ui/relationship-labels.js';
import { graphStyle } from './graph-style.js';

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
  /** Shows the captions of a node's relationships (all captions at once would cover the drawing). */
  focus(id: string): void;
  /** Lays the graph out around the node `center`. */
  layout(center: string): void;
  /** Places nodes where given (id → model position), then fits the view. */
  place(positions: Record<string, { x: number; y: number }>): void;
  counts(): { nodes: number; edges: number };
  destroy(): void;
}

// A double click also delivers two taps; a tap waits this long to learn
// whether it is half of a double click before it acts.
const DOUBLE_TAP_MS = 280;

/** A Cytoscape graph of entities in `container`, nodes keyed by global id so repeated additions merge. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents = {}): GraphView {
  const cy = cytoscape({
    container,
    style: graphStyle(),
    minZoom: 0.2,
    maxZoom: 3,
    // A page scrolls on a phone; the graph zooms only on a pinch or the wheel over it.
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
  });
  let pendingTap: ReturnType<typeof setTimeout> | undefined;
  const refOf = (node: NodeSingular): EntityRef => ({ __typename: node.data('kind'), id: node.id(), name: node.data('name') });

  cy.on('tap', 'node', (event) => {
    clearTimeout(pendingTap);
    const node = refOf(event.target as NodeSingular);
    pendingTap = setTimeout(() => events.onTap?.(node), DOUBLE_TAP_MS);
  });
  cy.on('dbltap', 'node', (event) => {
    clearTimeout(pendingTap);
    events.onOpen?.(refOf(event.target as NodeSingular));
  });

  return {
    cy,
    add(nodes, edges) {
      const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
      cy.add(fresh.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, kind: n.__typename, label: shorten(n.name) } })));
      cy.add(
        edges
          .filter((e) => cy.getElementById(`e:${e.id}`).empty() && !cy.getElementById(e.from).empty() && !cy.getElementById(e.to).empty())
          .map((e) => {
            const detail = relationshipDetail(e.type, e.label);
            return { group: 'edges' as const, data: { id: `e:${e.id}`, source: e.from, target: e.to, type: e.type, caption: detail ? `${edgeCaption(e.type)}: ${detail}` : edgeCaption(e.type) } };
          }),
      );
      return fresh.length;
    },
    mark(id, className) {
      cy.getElementById(id).addClass(className);
    },
    focus(id) {
      cy.edges('.focus').removeClass('focus');
      cy.getElementById(id).connectedEdges().addClass('focus');
    },
    layout(center) {
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
        minNodeSpacing: 70,
        concentric: (node: NodeSingular) => deepest + 1 - (depth.get(node.id()) ?? deepest + 1),
        levelWidth: () => 1,
      } as LayoutOptions);
      // A few nodes fitted to a large canvas would be drawn huge; keep the text at a readable size.
      layout.one('layoutstop', () => {
        if (cy.zoom() > 1.2) {
          cy.zoom(1.2);
          cy.center();
        }
      });
      layout.run();
    },
    place(positions) {
      cy.layout({ name: 'preset', positions, fit: true, padding: 40 } as LayoutOptions).run();
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
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

/** Long official names are cut for the drawing; the full name is in the side panel. */
function shorten(name: string): string {
  return name.length > 48 ? `${name.slice(0, 46)}…` : name;
}
