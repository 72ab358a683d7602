import { isAbort } from '../api/client.js';
import { updateQuery, type PageContext } from '../router.js';
import { formatDateText } from '../ui/dates.js';
import { h, replace } from '../ui/dom.js';
import { failure, setTitle } from '../ui/status.js';
import { personAllowed } from './page-access.js';
import { reviewQueue, type QueueEntry } from './review-api.js';

const timeFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

function row(entry: QueueEntry): HTMLElement {
  const reviewed = entry.total - entry.pending;
  const published = entry.source.publishedAt ? formatDateText(entry.source.publishedAt) : '';
  return h(
    'li',
    { class: `queue-entry panel${entry.pending === 0 ? ' done' : ''}` },
    h('h2', null, h('a', { href: `/review/${encodeURIComponent(entry.source.id)}` }, entry.source.title)),
    h('p', { class: 'meta' }, [entry.source.publisher, published ? `đăng ngày ${published}` : null, `đưa vào lúc ${timeFormat.format(new Date(entry.takenInAt))}`].filter(Boolean).join(' · ')),
    h(
      'p',
      { class: 'queue-progress' },
      h('strong', null, `${reviewed} trên ${entry.total} đã xem xét`),
      entry.pending ? ` · còn ${entry.pending} chờ xét` : ' · đã xét xong',
      ` (${entry.accepted} chấp nhận, ${entry.rejected} từ chối)`,
    ),
    h('progress', { max: String(Math.max(entry.total, 1)), value: String(reviewed), 'aria-hidden': 'true' }),
  );
}

/**
 * `/review`: the articles taken in, newest first, each with how far its review
 * has come; on request only those with proposals still waiting. For editors.
 */
export async function renderReviewQueuePage({ outlet, query, signal }: PageContext): Promise<void> {
  setTitle('Hàng chờ xét duyệt');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const pendingBox = h('input', { type: 'checkbox', id: 'queue-pending', checked: query.get('cho-xet') === '1' });
  const list = h('ul', { class: 'queue-list plain' });
  const summary = h('p', { class: 'hint', role: 'status' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Xem thêm');
  let cursor: string | null = null;

  async function page(): Promise<void> {
    more.disabled = true;
    try {
      const answer = await reviewQueue({ pendingOnly: pendingBox.checked, after: cursor, signal });
      if (cursor === null) {
        replace(list);
        summary.textContent = answer.totalCount
          ? `${answer.totalCount} bài ${pendingBox.checked ? 'còn đề xuất chờ xét' : 'đã được đưa vào'}, mới nhất trước.`
          : pendingBox.checked
            ? 'Không còn bài nào chờ xét duyệt.'
            : 'Chưa có bài nào được đưa vào.';
      }
      list.append(...answer.edges.map((e) => row(e.node)));
      cursor = answer.pageInfo.endCursor;
      more.hidden = !answer.pageInfo.hasNextPage;
    } catch (error) {
      if (!isAbort(error)) replace(list, h('li', null, failure(error)));
    } finally {
      more.disabled = false;
    }
  }

  pendingBox.addEventListener('change', () => {
    cursor = null;
    updateQuery(new URLSearchParams(pendingBox.checked ? { 'cho-xet': '1' } : {}));
    void page();
  });
  more.addEventListener('click', () => void page());
  replace(
    outlet,
    h('h1', null, 'Hàng chờ xét duyệt'),
    h('p', { class: 'actions' }, h('a', { href: '/new/article', class: 'button' }, 'Thêm bài báo để xét duyệt')),
    h('p', { class: 'check' }, pendingBox, ' ', h('label', { for: pendingBox.id }, 'Chỉ hiện bài còn đề xuất chờ xét')),
    summary,
    list,
    more,
  );
  summary.textContent = 'Đang tải…';
  await page();
}
