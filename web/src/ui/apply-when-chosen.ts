/**
 * Applies a <select> when the user has chosen, not while they look: a choice
 * made with the pointer applies at once, but the arrow keys (which change a
 * closed select's value in Chromium, one 'change' per key) only move through
 * the options; Enter or leaving the field applies what they stopped on.
 */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export function applyWhenChosen(select: HTMLSelectElement, apply: () => void): void {
  let applied = select.value;
  let browsing = false;
  const commit = () => {
    browsing = false;
    if (select.value === applied) return;
    applied = select.value;
    apply();
  };
  select.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (BROWSING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ' && !event.altKey)) {
      // Arrows and type-ahead step through the options of a closed select; Space opens its list.
      browsing = true;
    }
  });
  select.addEventListener('change', () => {
    if (!browsing) commit();
  });
  select.addEventListener('blur', commit);
}
