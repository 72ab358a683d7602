import './styles/index.css';
import { renderEntityPage } from './pages/entity/entity-page.js';
import { renderModelsPage } from './pages/models-page.js';
import { renderNotFoundPage } from './pages/not-found-page.js';
import { renderSearchPage } from './pages/search-page.js';
import { renderTimelinePage } from './pages/timeline-page.js';
import { startRouter, type PageContext, type Route } from './router.js';
import { KIND_PATHS } from './ui/kinds.js';
import { mountLayout } from './ui/layout.js';

// The graph pages load Cytoscape, the heaviest part of the explorer, only
// when one of them is opened: the search page does not wait for it.
const graphPage = async (context: PageContext) => (await import('./pages/graph-page.js')).renderGraphPage(context);
const pathsPage = async (context: PageContext) => (await import('./pages/paths-page.js')).renderPathsPage(context);

const ID = '([^/]+)';
const routes: Route[] = [
  { pattern: /^\/$/, render: renderSearchPage },
  { pattern: /^\/models\/?$/, render: renderModelsPage },
  { pattern: /^\/graph\/?$/, render: graphPage },
  { pattern: new RegExp(`^/graph/${ID}$`), render: graphPage },
  { pattern: /^\/paths\/?$/, render: pathsPage },
  { pattern: new RegExp(`^/person/${ID}/timeline$`), render: renderTimelinePage },
  { pattern: new RegExp(`^/(${KIND_PATHS})/${ID}$`), render: renderEntityPage },
];

const main = mountLayout(document.getElementById('app')!);
startRouter(routes, main, renderNotFoundPage);
// The first page's frame is in the DOM now (its data may still be on the way);
// scripts/bench/web-first-render.ts reads this mark as the time to first render.
performance.mark('dvk:first-render');
