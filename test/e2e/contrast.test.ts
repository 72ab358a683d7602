import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations } from '../helpers/axe.js';
import { startExplorer, type RunningExplorer } from '../helpers/explorer.js';

/**
 * WCAG 2.2 AA, measured: axe-core's colour contrast (4.5:1 for text of
 * normal size, 3:1 for large text) and target size (24 × 24 px or the
 * spacing that stands for it) on every kind of page the explorer draws, on a
 * desktop and on a phone, each once its data has arrived.
 */
const RULES = ['color-contrast', 'target-size'];

/** Every kind of page, found by name as a reader would, and what to wait for before measuring. */
async function pages(explorer: RunningExplorer): Promise<{ name: string; path: string; ready: string }[]> {
  const id = (query: string, kind: string) => explorer.idOf(query, kind);
  const person = await id('pham thien nghia', 'PERSON');
  const entity = async (kind: string, query: string) => ({ name: kind, path: `/${kind.toLowerCase()}/${await id(query, kind)}`, ready: '#nguon ol.sources li' });
  return [
    { name: 'search', path: '/?q=dong%20thap', ready: '#search-results .result' },
    { name: 'home', path: '/', ready: '.start-here:not([hidden])' },
    { name: 'models', path: '/models', ready: '#nguon ol.sources li' },
    { name: 'models, nothing found', path: `/models?place=${await id('dong thap', 'PLACE')}`, ready: '.models-results .summary' },
    await entity('PERSON', 'pham thien nghia'),
    await entity('ORGANIZATION', 'ban dan van tinh uy dong thap'),
    await entity('EVENT', 'giao ban'),
    await entity('PROGRAM', 'chuong trinh phoi hop'),
    await entity('MODEL', 'hoi quan'),
    await entity('CAMPAIGN', 'nam dan van'),
    await entity('PLACE', 'dong thap'),
    await entity('DOCUMENT', 'chi thi'),
    await entity('AWARD', 'bang khen'),
    { name: 'SOURCE', path: `/source/${await id('giao ban cong tac dan van', 'SOURCE')}`, ready: 'dl.facts' },
    { name: 'timeline', path: `/person/${person}/timeline`, ready: '.tl-obs' },
    { name: 'graph', path: `/graph/${person}`, ready: '#graph-canvas[data-nodes]' },
    { name: 'paths', path: `/paths?from=${person}&to=${await id('le thanh cong', 'PERSON')}`, ready: '#nguon ol.sources li' },
    { name: 'entity not found', path: '/person/xyz', ready: '.error-page' },
    { name: 'page not found', path: '/khong-co-trang-nay', ready: '.error-page' },
    { name: 'GraphiQL', path: '/graphiql', ready: '.graphiql-tab-button' },
  ];
}

for (const [device, viewport] of [
  ['a desktop', { width: 1366, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  describe(`the explorer's contrast and target sizes on ${device}`, () => {
    let explorer: RunningExplorer;
    before(async () => {
      explorer = await startExplorer({ viewport });
    });
    after(async () => {
      await explorer?.close();
    });

    it('meets WCAG AA colour contrast and target size on every kind of page', async () => {
      const { page } = explorer;
      const failures: string[] = [];
      const kinds = await pages(explorer);
      assert.equal(kinds.length, 20);
      for (const { name, path, ready } of kinds) {
        await page.goto(explorer.url(path));
        await page.locator(ready).first().waitFor();
        for (const violation of await axeViolations(page, RULES)) failures.push(...violation.nodes.map((n) => `${name}: ${violation.rule}: ${n}`));
      }
      assert.deepEqual(failures, []);
      assert.deepEqual(explorer.problems(), []);
    });
  });
}
