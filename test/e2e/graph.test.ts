import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { screenshot } from '../helpers/browser.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/** What the page exposes of its Cytoscape graph, seen from the test (Node has no DOM types). */
interface GraphWindow {
  dvkGraph: {
    nodes(selector?: string): { length: number; first(): { id(): string; renderedPosition(): { x: number; y: number } } };
  };
  document: { getElementById(id: string): { getBoundingClientRect(): { left: number; top: number } } | null };
}

describe('the explorer: the graph view', () => {
  let explorer: RunningExplorer;
  before(async () => {
    explorer = await startExplorer();
  });
  after(async () => {
    await explorer?.close();
  });

  it('draws a neighbourhood, expands a node on click and opens a page on double-click', async () => {
    const { page } = explorer;
    const id = await explorer.idOf('pham thien nghia', 'PERSON');
    await page.goto(explorer.url(`/graph/${id}`));
    const canvas = page.locator('#graph-canvas[data-nodes]');
    await canvas.waitFor();
    // Phạm Thiện Nghĩa, three organisations, two events and an award.
    assert.equal(await canvas.getAttribute('data-nodes'), '7');
    assert.match((await page.locator('#graph-status').textContent()) ?? '', /^7 đối tượng · 12 quan hệ/);
    assert.deepEqual(await page.locator('.legend li').allTextContents(), ['Nhân vật', 'Tổ chức', 'Sự kiện', 'Khen thưởng']);

    // Where an event is drawn, in page coordinates: a canvas has no element to click.
    const position = () =>
      page.evaluate(() => {
        const g = globalThis as unknown as GraphWindow;
        const box = g.document.getElementById('graph-canvas')!.getBoundingClientRect();
        const node = g.dvkGraph.nodes('[kind = "Event"]').first();
        const p = node.renderedPosition();
        return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
      });
    const event = await position();
    await page.mouse.click(event.x, event.y);
    await page.locator('#graph-canvas:not([data-nodes="7"])').waitFor();
    const expanded = Number(await canvas.getAttribute('data-nodes'));
    assert.ok(expanded > 7, `expanding the event adds its participants and organisers (now ${expanded} nodes)`);
    assert.equal(await page.locator('.graph-panel h2').count(), 1);
    await screenshot(page, 'graph');

    const again = await position();
    await page.mouse.dblclick(again.x, again.y);
    await page.waitForURL(/\/event\//);
    assert.equal(new URL(page.url()).pathname, `/event/${again.id}`);
    await page.locator('article.entity h1').waitFor();
    assert.deepEqual(explorer.problems(), []);
  });
});
