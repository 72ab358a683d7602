import { isAbort } from '../api/client.js';
import { LIMITS } from '../api/limits.js';
import { searchEntities, type SearchHit } from '../api/search.js';
import { updateQuery, type PageContext } from '../router.js';
import { debounce } from '../ui/debounce.js';
import { h, replace } from '../ui/dom.js';
import { entityUrl, KINDS } from '../ui/kinds.js';
import { kindBadge } from '../ui/links.js';
import { displayName } from '../ui/names.js';
import { rovingGroup } from '../ui/roving-group.js';
import { clip, failure, setTitle } from '../ui/status.js';

/**
 * Search as you type across every kind, with kind filters. The API ignores
 * case and diacritics, so "hoi quan" finds "Hội quán"; the query and the
 * filters live in the URL so a search can be shared. From the search box,
 * Tab reaches the kind filters (one stop, arrow keys inside) and then the
 * results; ArrowDown goes to the first result at once.
 */
export function renderSearchPage({ outlet, query, signal }: PageContext): void {
  setTitle('Tìm kiếm');
  const selected = new Set((query.get('kinds') ?? '').split(',').filter(Boolean));
  const input = h('input', {
    type: 'search',
    name: 'q',
    id: 'search-q',
    value: query.get('q') ?? '',
    maxlength: LIMITS.text,
    placeholder: 'Ví dụ: hoi quan, Phạm Thiện Nghĩa, dong thap',
    autocomplete: 'off',
    'aria-describedby': 'search-hint',
    'aria-controls': 'search-results',
  });
  const filters = h(
    'fieldset',
    { class: 'chips', 'aria-describedby': 'chips-hint' },
    h('legend', null, 'Loại'),
    h('span', { id: 'chips-hint', class: 'visually-hidden' }, 'Phím mũi tên chuyển giữa các loại, phím cách để chọn hoặc bỏ chọn.'),
    KINDS.map((k) =>
      h(
        'label',
        { class: 'chip', style: `--kind:${k.color};--tint:${k.tint}` },
        h('input', { type: 'checkbox', value: k.kind, checked: selected.has(k.kind) }),
        k.label,
      ),
    ),
  );
  rovingGroup(filters, 'input[type=checkbox]');
  const summary = h('p', { class: 'summary', id: 'search-summary', 'aria-live': 'polite' });
  const results = h('ol', { class: 'results', id: 'search-results', 'aria-labelledby': 'search-summary' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Xem thêm kết quả');

  replace(
    outlet,
    h('h1', null, 'Tìm kiếm'),
    h(
      'form',
      { class: 'search', role: 'search', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: 'search-q', class: 'visually-hidden' }, 'Từ khóa'),
      input,
      h('p', { id: 'search-hint', class: 'hint' }, 'Gõ có dấu hay không dấu đều được. Kết quả hiện ngay khi gõ; phím ↓ đưa tới kết quả đầu tiên.'),
      filters,
    ),
    summary,
    results,
    more,
    startHere(),
  );

  let request: AbortController | null = null;
  let cursor: string | null = null;
  signal.addEventListener('abort', () => request?.abort());

  async function run(append: boolean): Promise<void> {
    const q = input.value.trim();
    const kinds = [...filters.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (kinds.length) params.set('kinds', kinds.join(','));
    updateQuery(params);
    request?.abort();
    if (!q) {
      replace(summary);
      replace(results);
      more.hidden = true;
      outlet.querySelector('.start-here')?.removeAttribute('hidden');
      return;
    }
    outlet.querySelector('.start-here')?.setAttribute('hidden', '');
    // Only a query from the address bar can be this long: the box stops at the limit.
    if (q.length > LIMITS.text) {
      replace(results);
      more.hidden = true;
      replace(summary, failure(null, `Từ khóa dài ${q.length} ký tự; chỉ tìm được với tối đa ${LIMITS.text} ký tự. Hãy rút ngắn từ khóa.`));
      return;
    }
    request = new AbortController();
    try {
      const page = await searchEntities(q, { kinds, after: append ? cursor : null, signal: request.signal });
      cursor = page.endCursor;
      if (!append) replace(results);
      results.append(...page.hits.map(resultItem));
      replace(summary, page.totalCount === 0 ? `Không có kết quả cho “${clip(q)}”.` : `${page.totalCount} kết quả cho “${clip(q)}”`);
      more.hidden = !page.hasNextPage;
      performance.mark('dvk:search-results');
    } catch (error) {
      if (!isAbort(error)) replace(summary, failure(error));
    }
  }

  const runSoon = debounce(() => void run(false), 200);
  input.addEventListener('input', runSoon);
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = results.querySelector<HTMLAnchorElement>('a.result-name');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  filters.addEventListener('change', () => void run(false));
  more.addEventListener('click', () => void run(true));
  void run(false);
  // Focus without scrolling: on a phone the keyboard would otherwise cover the page at once.
  input.focus({ preventScroll: true });
}

function resultItem(hit: SearchHit): HTMLLIElement {
  return h(
    'li',
    { class: 'result' },
    kindBadge(hit.__typename),
    h('a', { href: entityUrl(hit.__typename, hit.id), class: 'result-name' }, displayName(hit)),
    hit.description ? h('p', { class: 'result-description' }, hit.description) : null,
  );
}

/** Ways in for someone who does not yet know what to search for. */
function startHere(): HTMLElement {
  return h(
    'section',
    { class: 'start-here', hidden: true },
    h('h2', null, 'Bắt đầu từ đây'),
    h(
      'ul',
      { class: 'cards' },
      h('li', null, h('a', { href: '/models' }, 'Sổ đăng ký mô hình'), h('p', null, 'Các mô hình “Dân vận khéo”: nơi khởi nguồn, nơi nhân rộng, sự kiện và chương trình.')),
      h('li', null, h('a', { href: '/graph' }, 'Đồ thị quan hệ'), h('p', null, 'Xem quanh một nhân vật, tổ chức hay mô hình; bấm để mở rộng.')),
      h('li', null, h('a', { href: '/paths' }, 'Hai đối tượng liên hệ thế nào?'), h('p', null, 'Chọn hai đối tượng để xem những đường nối ngắn nhất.')),
      h('li', null, h('a', { href: '/graphiql', 'data-external': '' }, 'GraphiQL'), h('p', null, 'Dành cho lập trình viên: thử các truy vấn GraphQL của API.')),
    ),
  );
}
