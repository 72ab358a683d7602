import './styles/index.css';
import { renderEntityPage } from './pages/entity/entity-page.js';
import { renderModelsPage } from './pages/models-page.js';
import { renderNotFoundPage } from './pages/not-found-page.js';
import { renderSearchPage } from './pages/search-page.js';
import { renderSignInPage } from './pages/sign-in-page.js';
import { renderTimelinePage } from './pages/timeline-page.js';
import { startRouter, type PageContext, type Route } from './router.js';
import { KIND_PATHS } from './ui/kinds.js';
import { mountLayout } from './ui/layout.js';

// The graph pages load Cytoscape, the heaviest part of the explorer, only
// when one of them is opened: the search page does not wait for it.
const graphPage = async (context: PageContext) => (await import('./pages/graph-page.js')).renderGraphPage(context);
const pathsPage = async (context: PageContext) => (await import('./pages/paths-page.js')).renderPathsPage(context);
// So do the curating pages (forms, history, review), which most readers never open.
type CuratePages = typeof import('./curate/index.js');
const curate = (page: keyof CuratePages) => async (context: PageContext) => ((await import('./curate/index.js'))[page] as (c: PageContext) => Promise<void>)(context);

const ID = '([^/]+)';
const routes: Route[] = [
  { pattern: /^\/$/, render: renderSearchPage },
  { pattern: /^\/models\/?$/, render: renderModelsPage },
  { pattern: /^\/graph\/?$/, render: graphPage },
  { pattern: new RegExp(`^/graph/${ID}$`), render: graphPage },
  { pattern: /^\/paths\/?$/, render: pathsPage },
  { pattern: /^\/sign-in\/?$/, render: renderSignInPage },
  { pattern: new RegExp(`^/person/${ID}/timeline$`), render: renderTimelinePage },
  { pattern: /^\/new\/?$/, render: curate('renderNewPage') },
  { pattern: /^\/new\/model$/, render: curate('renderRegisterModelPage') },
  { pattern: /^\/new\/article$/, render: curate('renderArticlePage') },
  { pattern: /^\/review\/?$/, render: curate('renderReviewQueuePage') },
  { pattern: new RegExp(`^/review/${ID}$`), render: curate('renderReviewPage') },
  { pattern: /^\/new\/(person|organization|event|program)$/, render: curate('renderCreatePage') },
  { pattern: new RegExp(`^/(model|person|organization|event|program)/${ID}/edit$`), render: curate('renderEditPage') },
  { pattern: new RegExp(`^/(${KIND_PATHS})/${ID}/names$`), render: curate('renderNamesPage') },
  { pattern: new RegExp(`^/person/${ID}/role$`), render: curate('renderRolePage') },
  { pattern: new RegExp(`^/(person|event)/${ID}/participation$`), render: curate('renderParticipationPage') },
  { pattern: new RegExp(`^/(${KIND_PATHS})/${ID}/history$`), render: curate('renderHistoryPage') },
  { pattern: /^\/merge$/, render: curate('renderMergePage') },
  { pattern: new RegExp(`^/(${KIND_PATHS})/${ID}$`), render: renderEntityPage },
];

const main = mountLayout(document.getElementById('app')!);
startRouter(routes, main, renderNotFoundPage);
// The first page's frame is in the DOM now (its data may still be on the way);
// scripts/bench/web-first-render.ts reads this mark as the time to first render.
performance.mark('dvk:first-render');
