import type { StylesheetJson } from 'cytoscape';
import { KINDS } from '../ui/kinds.js';

/**
 * Rendered sizes below which a label is hidden rather than drawn illegibly
 * small (Cytoscape's `min-zoomed-font-size`): zoomed far out, on a phone, the
 * drawing shows its shape and the labels come back on zooming in.
 */
export const LABEL_FONT = { node: 12, edge: 11, minNode: 9, minEdge: 8 } as const;

/**
 * Nodes coloured by kind (the same colours as the badges), labels below;
 * every edge labelled with a short relation name, the selected node's edges
 * with the full wording. Edges are curves whose bend (`data(bend)`,
 * edge-routing.ts) keeps them clear of the nodes they do not join.
 */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#7f7f7f',
        label: 'data(label)',
        'font-size': LABEL_FONT.node,
        'min-zoomed-font-size': LABEL_FONT.minNode,
        'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
        'z-index': 10,
      },
    },
    ...KINDS.map((k) => ({ selector: `node[kind = "${k.typename}"]`, style: { 'background-color': k.color } })),
    { selector: 'node.center', style: { width: 34, height: 34, 'border-color': '#1d2330', 'border-width': 3 } },
    { selector: 'node.expanded', style: { 'border-color': '#1d2330' } },
    { selector: 'node.end', style: { width: 34, height: 34, 'border-color': '#1d2330', 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'overlay-color': '#0b5394', 'overlay-opacity': 0.2, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa3b2',
        'target-arrow-color': '#9aa3b2',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bend)',
        'control-point-weights': 0.5,
        'edge-distances': 'node-position',
        label: 'data(short)',
        'font-size': LABEL_FONT.edge,
        'min-zoomed-font-size': LABEL_FONT.minEdge,
        'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
        color: '#3d4452',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'z-index': 1,
      },
    },
    {
      selector: 'edge.focus',
      style: {
        width: 2.5,
        'line-color': '#5b6472',
        'target-arrow-color': '#5b6472',
        label: 'data(caption)',
        color: '#1d2330',
        'text-background-opacity': 1,
        'z-index': 5,
      },
    },
  ];
}
