import type { StylesheetJson } from 'cytoscape';
import { KINDS } from '../ui/kinds.js';

/** Nodes coloured by kind (the same colours as the badges), labels below; only a focused node's edges are captioned. */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#7f7f7f',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
        color: '#1d2330',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
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
        'curve-style': 'bezier',
      },
    },
    {
      selector: 'edge.focus',
      style: {
        width: 2.5,
        'line-color': '#5b6472',
        'target-arrow-color': '#5b6472',
        label: 'data(caption)',
        'font-size': 9,
        color: '#1d2330',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
  ];
}
