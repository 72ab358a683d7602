import { mayAct, onSessionChange } from '../api/session.js';
import { onRouteChange } from '../router.js';
import { accountMenu } from './account-menu.js';
import { h } from './dom.js';

const SECTIONS: { href: string; label: string; matches: RegExp }[] = [
  { href: '/', label: 'Tìm kiếm', matches: /^\/$/ },
  { href: '/models', label: 'Mô hình', matches: /^\/models/ },
  { href: '/graph', label: 'Đồ thị', matches: /^\/graph/ },
  { href: '/paths', label: 'Đường nối', matches: /^\/paths/ },
];

/** The frame of every page: a header with the sections and who is signed in, the page itself, a footer naming the API. */
export function mountLayout(root: HTMLElement): HTMLElement {
  const links = SECTIONS.map((s) => h('a', { href: s.href }, s.label));
  const main = h('main', { id: 'main', tabindex: '-1' });
  // "Thêm" (add to the registry) and "Xét duyệt" (review what articles propose) are offered to editors and admins only.
  const addLink = h('a', { href: '/new', hidden: true }, 'Thêm');
  const reviewLink = h('a', { href: '/review', hidden: true }, 'Xét duyệt');
  onSessionChange((user) => (addLink.hidden = reviewLink.hidden = !mayAct(user, 'editor')));
  root.replaceChildren(
    h('a', { href: '#main', class: 'skip', 'data-external': '' }, 'Bỏ qua phần đầu trang'),
    h(
      'header',
      { class: 'site-header' },
      h('a', { href: '/', class: 'brand' }, h('strong', null, 'Dân vận khéo'), h('span', null, 'Sổ đăng ký mô hình')),
      h('nav', { 'aria-label': 'Mục chính' }, links, addLink, reviewLink, h('a', { href: '/graphiql', 'data-external': '' }, 'GraphiQL')),
      accountMenu(),
    ),
    main,
    h(
      'footer',
      { class: 'site-footer' },
      h('p', null, 'Mỗi thông tin đều dẫn nguồn bài báo hoặc văn bản. Dữ liệu mở qua API GraphQL tại ', h('code', null, '/graphql'), '.'),
    ),
  );
  onRouteChange(() => {
    for (const [link, section] of [
      [addLink, /^\/new(\/(?!article)|$)/],
      [reviewLink, /^\/(review|new\/article)/],
    ] as const) {
      if (section.test(location.pathname)) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    SECTIONS.forEach((s, i) => {
      if (s.matches.test(location.pathname)) links[i]!.setAttribute('aria-current', 'page');
      else links[i]!.removeAttribute('aria-current');
    });
  });
  return main;
}
