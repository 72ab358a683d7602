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
/** The path and query of the page on screen: a change of the #fragment alone is not a new page. */
let shown = '';
const listeners: (() => void)[] = [];

/** Called after every navigation (the header marks the section the page belongs to). */
export function onRouteChange(listener: () => void): void {
  listeners.push(listener);
}

export function startRouter(table: Route[], target: HTMLElement, notFound: Route['render']): void {
  routes = table;
  outlet = target;
  fallback = notFound;
  // A footnote link, its way back or the skip link changes only the #fragment:
  // the browser scrolls to the target and the page stays as it is.
  window.addEventListener('popstate', () => {
    if (location.pathname + location.search === shown) return;
    void render(true);
  });
  // Plain <a href="/…"> links navigate inside the app; modified clicks, other
  // targets, downloads and pages outside the app (/graphiql) behave as links do.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.external !== undefined) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    if (url.hash && url.pathname + url.search === shown) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  void render(false);
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render(!options.replace);
  if (!options.replace) window.scrollTo(0, 0);
}

/** Changes the query string without rendering again (a search box keeping the URL shareable). */
export function updateQuery(query: URLSearchParams): void {
  const search = query.toString();
  history.replaceState(null, '', location.pathname + (search ? `?${search}` : ''));
  shown = location.pathname + location.search;
}

function render(moveFocus: boolean): void | Promise<void> {
  for (const listener of listeners) listener();
  current?.abort();
  current = new AbortController();
  shown = location.pathname + location.search;
  const query = new URLSearchParams(location.search);
  const route = routes.find((r) => r.pattern.test(location.pathname));
  const params = route ? route.pattern.exec(location.pathname)!.slice(1).map((part) => decoded(part ?? '')) : [];
  const previous = outlet.firstElementChild;
  const result = (route?.render ?? fallback)({ params, query, outlet, signal: current.signal });
  if (moveFocus) focusHeading(previous, current.signal);
  return result;
}

/**
 * After a navigation, focus goes to the new page's heading, so that a
 * keyboard or screen-reader user starts reading the page they opened rather
 * than from the top of the document. A page that put focus somewhere itself
 * (the search box) keeps it; a page that draws its heading once its data has
 * come is waited for.
 */
function focusHeading(previous: Element | null, signal: AbortSignal): void {
  const tryFocus = (): boolean => {
    // A page loaded on demand (the graph views) draws itself later: until then the old page is on screen.
    if (previous && outlet.firstElementChild === previous) return false;
    if (outlet.contains(document.activeElement) && document.activeElement !== outlet) return true;
    const heading = outlet.querySelector('h1');
    if (!heading) return false;
    if (location.hash) return true;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(outlet, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
  setTimeout(() => observer.disconnect(), 15_000);
}

/** A path segment decoded; a malformed escape (`%E0`) is kept as typed, for the page to refuse. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
