import { ApiError, graphql, isAbort } from '../api/client.js';
import { loadSession, mayAct } from '../api/session.js';
import type { PageContext } from '../router.js';
import { h, joined, replace, type Child } from '../ui/dom.js';
import { entityUrl, kindByPath, kindOf } from '../ui/kinds.js';
import { relationshipPhrase } from '../ui/relationship-labels.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { ROLE_LABELS } from '../ui/account-menu.js';
import { personAllowed } from './page-access.js';
import { problemText } from './problem-text.js';
import { HIDDEN, PROPERTIES, valueText } from './property-text.js';
import { LIMITS, normalized, textProblem } from './rules.js';
import { undoChange } from './writes.js';

interface NodeRef {
  __typename: string;
  id: string;
  name?: string;
}

interface Change {
  kind: 'NODE' | 'RELATIONSHIP' | 'REFERENCES';
  label: string;
  slug: string;
  node: NodeRef | null;
  from: NodeRef | null;
  to: NodeRef | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface Entry {
  id: string;
  at: string;
  operation: string;
  actor: { name: string; role: string | null } | null;
  sources: NodeRef[];
  undoes: string | null;
  undoneBy: string | null;
  undoable: boolean;
  reason: string | null;
  changes: Change[];
}

const REF = '__typename id ... on Entity { name }';
const HISTORY = /* GraphQL */ `
  query EntityHistory($id: ID!, $after: String) {
    node(id: $id) { __typename ... on Entity { id name } }
    entityHistory(id: $id, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at operation actor { name role } sources { id name } undoes undoneBy undoable reason
        changes { kind label slug node { ${REF} } from { ${REF} } to { ${REF} } before after } } }
    }
  }
`;

/** What each write was, in words; a write the table does not know shows its name. */
const OPERATIONS: [RegExp, string][] = [
  [/^create/, 'Thêm mới'],
  [/^update/, 'Sửa thông tin'],
  [/^registerModel$/, 'Đăng ký mô hình'],
  [/^recordRoleObservation$/, 'Ghi nhận chức danh'],
  [/^recordParticipation$/, 'Ghi nhận tham dự'],
  [/^link$/, 'Thêm quan hệ'],
  [/^unlink$/, 'Bỏ quan hệ'],
  [/^attachSources$/, 'Thêm nguồn dẫn'],
  [/^mergeEntities$/, 'Gộp hai mục trùng'],
  [/^deleteEntity$/, 'Xóa'],
  [/^undoChange$/, 'Hoàn tác'],
];
const operationText = (operation: string) => OPERATIONS.find(([pattern]) => pattern.test(operation))?.[1] ?? operation;

const refLink = (ref: NodeRef | null, fallback: string): Child =>
  ref && ref.__typename !== 'RoleObservation' ? h('a', { href: entityUrl(ref.__typename, ref.id) }, ref.name ?? fallback) : fallback;

/** The properties that differ, side by side: before on the left, after on the right. */
function changeTable(change: Change): HTMLElement {
  const before = change.before ?? {};
  const after = change.after ?? {};
  // What differs as the reader sees it: an absent list and an empty one are both "—".
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !HIDDEN.has(k) && valueText(before[k], k, change.label) !== valueText(after[k], k, change.label),
  );
  const what =
    change.kind === 'RELATIONSHIP'
      ? [refLink(change.from, String((change.after ?? change.before)?._from ?? '')), ` — ${relationshipPhrase(change.label, true)} → `, refLink(change.to, String((change.after ?? change.before)?._to ?? ''))]
      : [h('span', { class: 'kind-name' }, change.label === 'RoleObservation' ? 'Ghi nhận chức danh' : kindOf(change.label).label), ' ', refLink(change.node, change.slug)];
  const state = change.before === null ? ' (mới)' : change.after === null ? ' (đã bỏ)' : '';
  return h(
    'table',
    { class: 'history-change' },
    h('caption', null, what, state),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Thuộc tính'), h('th', { scope: 'col' }, 'Trước'), h('th', { scope: 'col' }, 'Sau'))),
    h(
      'tbody',
      null,
      keys.map((key) =>
        h('tr', null, h('th', { scope: 'row' }, PROPERTIES[key] ?? key), h('td', { class: 'before' }, valueText(before[key], key, change.label)), h('td', { class: 'after' }, valueText(after[key], key, change.label))),
      ),
    ),
  );
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

function entryView(entry: Entry, options: { admin: boolean; onUndone(): void }): HTMLElement {
  const problem = h('div', { class: 'status error', role: 'alert', hidden: true });
  const actions = h('div', { class: 'history-actions' });
  if (options.admin && entry.undoable) {
    const undo = h('button', { type: 'button', class: 'secondary' }, 'Hoàn tác thay đổi này');
    undo.addEventListener('click', () => {
      const confirm = h('button', { type: 'button' }, 'Xác nhận hoàn tác');
      const cancel = h('button', { type: 'button', class: 'secondary' }, 'Thôi');
      const reasonId = `reason-${entry.id}`;
      const reason = h('input', { type: 'text', id: reasonId, placeholder: 'Ví dụ: nhầm người' });
      replace(
        actions,
        h('p', null, 'Mọi mục thay đổi này đã sửa sẽ trở lại như trước; lần hoàn tác cũng được ghi vào lịch sử.'),
        h('label', { for: reasonId }, 'Lý do (không bắt buộc)'),
        reason,
        confirm,
        ' ',
        cancel,
      );
      reason.focus();
      cancel.addEventListener('click', () => replace(actions, undo));
      confirm.addEventListener('click', () => {
        const refused = textProblem(reason.value, { max: LIMITS.note, multiline: true });
        if (refused) {
          replace(problem, h('p', null, `Lý do: ${refused}`));
          problem.hidden = false;
          reason.focus();
          return;
        }
        confirm.disabled = true;
        undoChange(entry.id, normalized(reason.value) || undefined)
          .then(options.onUndone)
          .catch((error: unknown) => {
            confirm.disabled = false;
            const messages = error instanceof ApiError && error.problems.length ? error.problems.map((p) => problemText(p.message)) : [error instanceof ApiError ? problemText(error.message) : 'Đã có lỗi không mong đợi.'];
            replace(problem, h('p', null, 'Không hoàn tác được:'), h('ul', null, messages.map((m) => h('li', null, m))));
            problem.hidden = false;
            replace(actions, undo);
          });
      });
    });
    actions.append(undo);
  }
  return h(
    'article',
    { class: `history-entry panel${entry.undoneBy ? ' undone' : ''}`, 'data-entry': entry.id },
    h(
      'header',
      null,
      h('h2', null, operationText(entry.operation)),
      h('p', { class: 'meta' }, h('time', { datetime: entry.at }, timeFormat.format(new Date(entry.at))), entry.actor ? ` · bởi ${entry.actor.name}${entry.actor.role ? ` (${ROLE_LABELS[entry.actor.role as keyof typeof ROLE_LABELS] ?? entry.actor.role})` : ''}` : ''),
      entry.sources.length ? h('p', { class: 'meta' }, 'Nguồn: ', joined(entry.sources.map((s) => h('a', { href: entityUrl('Source', s.id) }, s.name ?? s.id)))) : null,
      entry.undoneBy ? h('p', { class: 'badge-undone' }, 'Đã hoàn tác') : null,
      entry.undoes ? h('p', { class: 'meta' }, 'Đưa các mục về như trước một thay đổi trước đó.', entry.reason ? ` Lý do: ${entry.reason}` : '') : null,
    ),
    entry.changes.map(changeTable),
    actions,
    problem,
  );
}

/** `/:kind/:id/history`: the writes about an entity, newest first, each change before and after. */
export async function renderHistoryPage(context: PageContext): Promise<void> {
  const { params, outlet, signal } = context;
  const kind = kindByPath(params[0] ?? '');
  if (!kind) return;
  const id = params[1] ?? '';
  setTitle('Lịch sử thay đổi');
  const user = await personAllowed(outlet, 'viewer', signal);
  if (!user) return;
  const admin = mayAct(await loadSession(), 'admin');
  replace(outlet, loading());
  const list = h('div', { class: 'history-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Xem thêm');
  const reload = () => void renderHistoryPage(context);
  let cursor: string | null = null;

  async function page(): Promise<boolean> {
    let data: { node: NodeRef | null; entityHistory: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] } };
    try {
      data = await graphql(HISTORY, { id, after: cursor }, signal);
    } catch (error) {
      if (!isAbort(error)) replace(outlet, failure(error));
      return false;
    }
    if (cursor === null) {
      const name = data.node?.name ?? '';
      setTitle('Lịch sử thay đổi', name);
      replace(
        outlet,
        h('h1', null, 'Lịch sử thay đổi', name ? [': ', data.node && data.node.__typename === kind!.typename ? h('a', { href: entityUrl(kind!.typename, id) }, name) : name] : ''),
        h('p', { class: 'hint' }, data.entityHistory.totalCount ? `${data.entityHistory.totalCount} thay đổi, mới nhất trước.${user!.role === 'viewer' ? ' Tên người sửa chỉ hiện với biên tập viên và quản trị viên.' : ''}` : 'Chưa có thay đổi nào được ghi lại cho mục này.'),
        list,
        more,
      );
    }
    list.append(...data.entityHistory.edges.map((e) => entryView(e.node, { admin, onUndone: reload })));
    cursor = data.entityHistory.pageInfo.endCursor;
    more.hidden = !data.entityHistory.pageInfo.hasNextPage;
    return true;
  }
  more.addEventListener('click', () => void page());
  await page();
}
