import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

interface DrawnEdge {
  id: string;
  pair: string;
  type: string;
  label: string;
  /** The rendered font size of the label, in CSS pixels. */
  fontPx: number;
  /** How far the drawn edge passes from the rim of the nearest node it does not join (negative: through it). */
  clearance: number;
}

/**
 * Every drawn edge as Cytoscape renders it: its label and the distance of
 * its drawn path (the endpoints and control point Cytoscape computed, as a
 * quadratic curve) from every node it does not join.
 */
async function drawnEdges(page: Page): Promise<{ zoom: number; edges: DrawnEdge[] }> {
  return page.evaluate(() => {
    type P = { x: number; y: number };
    interface El {
      id(): string;
      data(k: string): string;
      style(k: string): string;
      position(): P;
      outerWidth(): number;
      source(): El;
      target(): El;
      sourceEndpoint(): P;
      targetEndpoint(): P;
      controlPoints(): P[] | undefined;
    }
    const cy = (globalThis as unknown as { dvkGraph: { zoom(): number; nodes(): { map<T>(f: (n: El) => T): T[] }; edges(): { map<T>(f: (e: El) => T): T[] } } }).dvkGraph;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), at: n.position(), radius: n.outerWidth() / 2 }));
    const zoom = cy.zoom();
    const edges = cy.edges().map((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const c = e.controlPoints()?.[0] ?? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      const ends = [e.source().id(), e.target().id()];
      let clearance = Infinity;
      for (let i = 0; i <= 40; i++) {
        const u = i / 40;
        const p = { x: (1 - u) ** 2 * s.x + 2 * (1 - u) * u * c.x + u ** 2 * t.x, y: (1 - u) ** 2 * s.y + 2 * (1 - u) * u * c.y + u ** 2 * t.y };
        for (const n of nodes) if (!ends.includes(n.id)) clearance = Math.min(clearance, Math.hypot(p.x - n.at.x, p.y - n.at.y) - n.radius);
      }
      return { id: e.id(), pair: [...ends].sort().join(' '), type: e.data('type'), label: e.style('label'), fontPx: parseFloat(e.style('font-size')) * zoom, clearance };
    });
    return { zoom, edges };
  });
}

/** Each relation drawn carries its name: an edge of its own, or one label for edges of one type between the same two nodes. */
function unlabelled(edges: DrawnEdge[]): string[] {
  const labelled = new Set(edges.filter((e) => e.label !== '').map((e) => `${e.pair} ${e.type}`));
  return edges.filter((e) => !labelled.has(`${e.pair} ${e.type}`)).map((e) => e.id);
}

/** The page position of the first node of a kind (a canvas has no element to click). */
async function nodeAt(page: Page, kind: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const g = globalThis as unknown as {
      dvkGraph: { nodes(s: string): { first(): { renderedPosition(): { x: number; y: number } } } };
      document: { getElementById(id: string): { getBoundingClientRect(): { left: number; top: number } } };
    };
    const box = g.document.getElementById('graph-canvas').getBoundingClientRect();
    const p = g.dvkGraph.nodes(`[kind = "${k}"]`).first().renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, kind);
}

for (const [device, viewport] of [
  ['a desktop', { width: 1366, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  describe(`the explorer's graph on ${device}`, () => {
    let explorer: RunningExplorer;
    before(async () => {
      explorer = await startExplorer({ viewport });
    });
    after(async () => {
      await explorer?.close();
    });

    it('labels every edge with its relation, readably, and draws no edge through a node it does not join', async () => {
      const { page } = explorer;
      const id = await explorer.idOf('pham thien nghia', 'PERSON');
      await page.goto(explorer.url(`/graph/${id}`));
      const canvas = page.locator('#graph-canvas[data-nodes]');
      await canvas.waitFor();

      const check = async (stage: string) => {
        const { zoom, edges } = await drawnEdges(page);
        assert.ok(edges.length >= 12, `${stage}: ${edges.length} edges`);
        assert.deepEqual(unlabelled(edges), [], `${stage}: every relation is named`);
        assert.ok(edges.filter((e) => e.label).some((e) => e.label === 'giữ chức'), `${stage}: short relation names (${[...new Set(edges.map((e) => e.label))].join(', ')})`);
        // Readable where shown: the labels are drawn at 8 px or more, or hidden (Cytoscape's min-zoomed-font-size).
        for (const e of edges) assert.ok(e.fontPx >= 8, `${stage}: ${e.label} drawn at ${e.fontPx.toFixed(1)} px (zoom ${zoom.toFixed(2)})`);
        const through = edges.filter((e) => e.clearance < 2).map((e) => `${e.id} (${e.clearance.toFixed(1)})`);
        assert.deepEqual(through, [], `${stage}: edges drawn through a node they do not join`);
      };
      await check('first view');

      // Expand an event: more nodes, the labels stay readable (the view keeps a readable zoom around the event).
      const event = await nodeAt(page, 'Event');
      await page.mouse.click(event.x, event.y);
      await page.locator('#graph-canvas:not([data-nodes="7"])').waitFor();
      await check('after an expansion');
      await screenshot(page, `graph-labels-${device === 'a phone' ? 'phone' : 'desktop'}`);

      assert.deepEqual(
        explorer.browser.warnings.filter((w) => /wheel/i.test(w)),
        [],
        'Cytoscape does not warn about a custom wheel sensitivity',
      );
      assert.deepEqual(explorer.problems(), []);
    });
  });
}
