import { ApiError, isAbort } from '../api/client.js';
import { h, replace, type Child } from './dom.js';

/** What a page shows while its data is on the way. */
export function loading(text = 'Đang tải…'): HTMLElement {
  return h('p', { class: 'status', role: 'status' }, text);
}

/**
 * What went wrong, in Vietnamese, from the error's code. The server's own
 * message is English and meant for developers: it is never shown.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Đã có lỗi không mong đợi trong trang. Hãy tải lại trang.';
  switch (error.code) {
    case 'NETWORK_ERROR':
      return 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.';
    case 'NOT_FOUND':
      return 'Không tìm thấy đối tượng này trong sổ đăng ký.';
    case 'BAD_USER_INPUT':
      return 'Yêu cầu có giá trị không hợp lệ (một mã hoặc một từ khóa trong địa chỉ trang). Hãy kiểm tra lại địa chỉ.';
    case 'SERVICE_UNAVAILABLE':
      return 'Cơ sở dữ liệu tạm thời không trả lời. Hãy thử lại sau ít phút.';
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return 'Máy chủ yêu cầu khóa truy cập để đọc dữ liệu.';
    case 'PAYLOAD_TOO_LARGE':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
      return 'Máy chủ từ chối yêu cầu của trang (yêu cầu quá lớn hoặc không đúng dạng). Hãy tải lại trang; nếu vẫn lỗi, xin báo cho người quản trị.';
    default:
      return 'Máy chủ gặp lỗi khi xử lý yêu cầu. Hãy thử lại sau.';
  }
}

/** A failed request as an alert inside a page (the page's frame stays). */
export function failure(error: unknown, message = errorMessage(error)): HTMLElement {
  return h('p', { class: 'status error', role: 'alert' }, message);
}

/** Links onward from a page that could not show what was asked. */
export function waysOn(): HTMLElement {
  return h(
    'ul',
    { class: 'ways-on' },
    h('li', null, h('a', { href: '/' }, 'Tìm trong sổ đăng ký')),
    h('li', null, h('a', { href: '/models' }, 'Xem sổ đăng ký mô hình')),
    history.length > 1 ? h('li', null, h('button', { type: 'button', class: 'link', onclick: () => history.back() }, 'Quay lại trang trước')) : null,
  );
}

/** A whole page saying what happened and where to go on: a heading, the message, the ways on. */
export function errorPage(outlet: HTMLElement, title: string, ...message: Child[]): void {
  setTitle(title);
  replace(outlet, h('section', { class: 'error-page' }, h('h1', null, title), h('p', { class: 'status error', role: 'alert' }, ...message), waysOn()));
}

/** The error page for a failed request, unless the page itself cancelled it. */
export function failurePage(outlet: HTMLElement, error: unknown, title = 'Không tải được trang'): void {
  if (isAbort(error)) return;
  errorPage(outlet, title, errorMessage(error));
}

export function setTitle(...parts: string[]): void {
  document.title = [...parts, 'Dân vận khéo'].filter(Boolean).join(' — ');
}

/** A long text cut for echoing back ("kết quả cho “…”"): the whole query stays in the search box. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
