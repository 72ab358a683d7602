/**
 * A group of controls that is one stop of the Tab key: the arrow keys (and
 * Home, End) move between its controls, Space still toggles a checkbox.
 * The search page's ten kind filters would otherwise stand ten Tab stops
 * between the search box and the first result (WAI-ARIA's "roving tabindex").
 */
export function rovingGroup(group: HTMLElement, selector: string): void {
  const items = () => [...group.querySelectorAll<HTMLElement>(selector)];
  const settle = (active: HTMLElement) => items().forEach((item) => (item.tabIndex = item === active ? 0 : -1));
  const first = items()[0];
  if (first) settle(first);
  group.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (items().includes(target)) settle(target);
  });
  group.addEventListener('keydown', (event) => {
    const list = items();
    const index = list.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    let next: number;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % list.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + list.length) % list.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else return;
    event.preventDefault();
    list[next]!.focus();
  });
}
