import { h } from '../ui/dom.js';

/** The review page's keyboard shortcuts: the key as KeyboardEvent.key names it, as shown, and what it does. */
export const SHORTCUTS = [
  { key: 'j', shown: 'j', does: 'Đề xuất tiếp theo' },
  { key: 'k', shown: 'k', does: 'Đề xuất trước' },
  { key: 'a', shown: 'a', does: 'Chấp nhận đề xuất đang xem' },
  { key: 'r', shown: 'r', does: 'Từ chối đề xuất đang xem (nhập lý do)' },
  { key: 'u', shown: 'u', does: 'Hoàn tác chấp nhận đề xuất đang xem' },
  { key: 'x', shown: 'x', does: 'Chọn hoặc bỏ chọn đề xuất đang xem' },
  { key: 'A', shown: 'Shift + a', does: 'Chấp nhận mọi đề xuất đã chọn' },
  { key: '?', shown: '?', does: 'Ẩn hoặc hiện danh sách phím tắt' },
] as const;

export type ShortcutKey = (typeof SHORTCUTS)[number]['key'];

/** Whether a key press belongs to what has the focus: text being typed, a list being chosen from. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
}

/**
 * Calls `act` for each shortcut pressed on the page until `signal` aborts.
 * Nothing fires while a field takes text, nor with Ctrl, Alt or the command
 * key held (the browser's and the screen reader's own shortcuts).
 */
export function listenForShortcuts(signal: AbortSignal, act: (key: ShortcutKey) => void): void {
  const keys = new Set<string>(SHORTCUTS.map((s) => s.key));
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || typing(event.target) || !keys.has(event.key)) return;
      event.preventDefault();
      act(event.key as ShortcutKey);
    },
    { signal },
  );
}

/** The list of shortcuts, shown on the page (and hidden with `?`). */
export function shortcutHelp(): HTMLElement {
  return h(
    'section',
    { class: 'shortcuts', 'aria-labelledby': 'shortcuts-heading' },
    h('h2', { id: 'shortcuts-heading' }, 'Phím tắt'),
    h('dl', null, SHORTCUTS.map((s) => h('div', null, h('dt', null, h('kbd', null, s.shown)), h('dd', null, s.does)))),
    h('p', { class: 'hint' }, 'Phím tắt không có tác dụng khi đang gõ trong một ô.'),
  );
}
