/**
 * A tiny element builder. Text always goes in as text nodes, never as HTML, so
 * names and descriptions from the API cannot inject markup.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type PropValue = string | number | boolean | null | undefined | ((event: never) => void);
export type Props = Record<string, PropValue>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, '').toLowerCase(), value as EventListener);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Joins nodes with a separator (", " between links). */
export function joined(items: Child[], separator: Child = ', '): Child[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [separator, item]));
}
