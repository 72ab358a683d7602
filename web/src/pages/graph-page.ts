import { ApiError, isAbort } from '../api/client.js';
import { LIMITS } from '../api/limits.js';
import { fetchEntityRef, fetchNeighborhood } from '../api/graph.js';
import type { EntityRef } from '../api/types.js';
import { createGraphView, type GraphView } from '../graph/graph-view.js';
import { legend } from '../graph/legend.js';
import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { entityUrl, kindOf } from '../ui/kinds.js';
import { kindBadge } from '../ui/links.js';
import { displayName } from '../ui/names.js';
import { failure, setTitle } from '../ui/status.js';

declare global {
  interface Window {
    /** The drawn graph: a canvas has no element per node, so tests and curious developers reach it here. */
    dvkGraph?: GraphView['cy'];
  }
}

/**
 * `/graph/:id`: the neighbourhood of an entity. A tap on a node adds that
 * node's own neighbourhood; a double tap opens its page.
 */
export async function renderGraphPage({ params, outlet, signal }: PageContext): Promise<void> {
  const centerId = params[0];
  setTitle('Đồ thị quan hệ');
  const picker = entityPicker({ label: 'Đối tượng ở tâm', signal, onPick: (e) => navigate(`/graph/${encodeURIComponent(e.id)}`) });
  const status = h('p', { class: 'summary', id: 'graph-status', 'aria-live': 'polite' });
  const canvas = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img', 'aria-label': 'Đồ thị quan hệ' });
  const panel = h('aside', { class: 'panel graph-panel', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Bấm vào một nút để mở rộng quan hệ của nó; bấm đúp để mở trang.'));
  const legendSlot = h('div');
  const fit = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Thu vừa khung');
  replace(
    outlet,
    h('h1', null, 'Đồ thị quan hệ'),
    h('div', { class: 'graph-tools' }, picker.element),
    centerId ? [status, h('div', { class: 'graph-bar' }, legendSlot, fit), h('div', { class: 'graph-layout' }, canvas, panel)] : h('p', { class: 'hint' }, 'Chọn một nhân vật, tổ chức, mô hình… để xem các quan hệ quanh nó.'),
  );
  if (!centerId) return;
  if (centerId.length > LIMITS.id) return void replace(status, failure(null, badId));

  let view: GraphView | null = null;
  const expanded = new Set<string>();

  async function expand(node: EntityRef): Promise<void> {
    if (!view || expanded.has(node.id)) return;
    expanded.add(node.id);
    replace(status, `Đang mở rộng “${node.name}”…`);
    try {
      const around = await fetchNeighborhood(node.id, { signal });
      const added = view.add(around.nodes, around.edges);
      view.mark(node.id, 'expanded');
      if (added > 0) view.layout(centerId!, node.id);
      showCounts(around.truncated);
    } catch (error) {
      expanded.delete(node.id);
      if (!isAbort(error)) replace(status, failure(error));
    }
  }

  function showCounts(truncated = false): void {
    if (!view) return;
    const { nodes, edges } = view.counts();
    canvas.dataset.nodes = String(nodes);
    canvas.dataset.edges = String(edges);
    replace(status, `${nodes} đối tượng · ${edges} quan hệ${truncated ? ' (một phần: quá nhiều để vẽ hết)' : ''}`);
    replace(legendSlot, legend(view.cy.nodes().map((n) => n.data('kind') as string)));
  }

  function select(node: EntityRef, focus = true): void {
    if (focus) view?.focus(node.id);
    replace(
      panel,
      kindBadge(node.__typename),
      h('h2', null, displayName(node)),
      h(
        'div',
        { class: 'actions' },
        h('a', { href: entityUrl(node.__typename, node.id), class: 'button' }, `Mở trang ${kindOf(node.__typename).label.toLowerCase()}`),
        node.id !== centerId ? h('a', { href: `/graph/${encodeURIComponent(node.id)}`, class: 'button secondary' }, 'Đặt làm tâm') : null,
      ),
    );
  }

  try {
    replace(status, 'Đang tải…');
    const [around, center] = await Promise.all([fetchNeighborhood(centerId, { signal }), fetchEntityRef(centerId, signal)]);
    if (center) {
      setTitle(displayName(center), 'Đồ thị quan hệ');
      picker.set(center);
    }
    view = createGraphView(canvas, {
      onTap: (node) => {
        select(node);
        void expand(node);
      },
      onOpen: (node) => navigate(entityUrl(node.__typename, node.id)),
    });
    window.dvkGraph = view.cy;
    signal.addEventListener('abort', () => {
      view?.destroy();
      if (window.dvkGraph === view?.cy) delete window.dvkGraph;
    });
    fit.hidden = false;
    fit.addEventListener('click', () => view?.fit());
    view.add(around.nodes, around.edges);
    view.mark(centerId, 'center');
    expanded.add(centerId);
    view.layout(centerId);
    showCounts(around.truncated);
    if (center) select(center, false);
  } catch (error) {
    if (!isAbort(error)) replace(status, failure(error, error instanceof ApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND') ? badId : undefined));
  }
}

const badId = 'Địa chỉ trang có mã đối tượng không hợp lệ hoặc không có trong sổ đăng ký. Hãy chọn đối tượng ở tâm từ danh sách gợi ý.';
