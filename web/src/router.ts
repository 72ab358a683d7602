/**
 * A small History-API router. Each navigation gets a fresh AbortSignal: the
 * page before it is aborted, which cancels its pending requests and lets it
 * release what it holds (a Cytoscape instance) through an 'abort' listener.
 */
export interface PageContext {
  /** The groups of the route's pattern, decoded. */
  params: string[];
  query: URLSearchParams;
  outlet: HTMLElement;
  signal: AbortSignal;
}

export interface Route {
  pattern: RegExp;
  render(context: PageContext): void | Promise<void>;
}

let routes: Route[] = [];
let outlet: HTMLElement;
let fallback: Route['render'];
let current: AbortController | null = null;
const listeners: (() => void)[] = [];

/** Called after every navigation (the header marks the section the page belongs to). */
export function onRouteChange(listener: () => void): void {
  listeners.push(listener);
}

export function startRouter(table: Route[], target: HTMLElement, notFound: Route['render']): void {
  routes = table;
  outlet = target;
  fallback = notFound;
  window.addEventListener('popstate', () => void render());
  // Plain <a href="/…"> links navigate inside the app; modified clicks, other
  // targets, downloads and pages outside the app (/graphiql) behave as links do.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.external !== undefined) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  void render();
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
  if (!options.replace) window.scrollTo(0, 0);
}

/** Changes the query string without rendering again (a search box keeping the URL shareable). */
export function updateQuery(query: URLSearchParams): void {
  const search = query.toString();
  history.replaceState(null, '', location.pathname + (search ? `?${search}` : ''));
}

function render(): void | Promise<void> {
  for (const listener of listeners) listener();
  current?.abort();
  current = new AbortController();
  const query = new URLSearchParams(location.search);
  for (const route of routes) {
    const match = route.pattern.exec(location.pathname);
    if (match) {
      const params = match.slice(1).map((part) => decodeURIComponent(part ?? ''));
      return route.render({ params, query, outlet, signal: current.signal });
    }
  }
  return fallback({ params: [], query, outlet, signal: current.signal });
}
