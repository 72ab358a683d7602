import type { PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { setTitle } from '../ui/status.js';

export function renderNotFoundPage({ outlet }: PageContext): void {
  setTitle('Không tìm thấy trang');
  replace(outlet, h('h1', null, 'Không tìm thấy trang'), h('p', null, 'Địa chỉ này không có trong trang. ', h('a', { href: '/' }, 'Về trang tìm kiếm'), '.'));
}
