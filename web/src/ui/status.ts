import { ApiError } from '../api/client.js';
import { h } from './dom.js';

/** What a page shows while its data is on the way. */
export function loading(text = 'Đang tải…'): HTMLElement {
  return h('p', { class: 'status', role: 'status' }, text);
}

/** What a page shows when its request failed, with the server's reason. */
export function failure(error: unknown): HTMLElement {
  const message = error instanceof ApiError ? error.message : 'Đã có lỗi không mong đợi.';
  const notFound = error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  return h('p', { class: 'status error', role: 'alert' }, notFound ? `Không tìm thấy: ${message}` : `Lỗi: ${message}`);
}

export function setTitle(...parts: string[]): void {
  document.title = [...parts, 'Dân vận khéo'].filter(Boolean).join(' — ');
}
