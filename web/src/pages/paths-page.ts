import { isAbort } from '../api/client.js';
import { fetchPaths, type Path } from '../api/graph.js';
import type { EntityRef } from '../api/types.js';
import { createGraphView } from '../graph/graph-view.js';
import { legend } from '../graph/legend.js';
import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker } from '../ui/entity-picker.js';
import { entityUrl } from '../ui/kinds.js';
import { entityLink } from '../ui/links.js';
import { relationshipDetail, relationshipPhrase } from '../ui/relationship-labels.js';
import { failure, loading, setTitle } from '../ui/status.js';

/**
 * `/paths?from=…&to=…`: "how are these two connected?" — the shortest paths
 * between two entities, drawn together (the start on the left, each step one
 * layer further) and spelled out one by one.
 */
export async function renderPathsPage({ outlet, query, signal }: PageContext): Promise<void> {
  setTitle('Hai đối tượng liên hệ thế nào?');
  const from = query.get('from');
  const to = query.get('to');
  const maxHops = Math.min(Math.max(Number(query.get('hops')) || 4, 1), 6);
  const fromPicker = entityPicker({ label: 'Từ', signal });
  const toPicker = entityPicker({ label: 'Đến', signal });
  const hops = h(
    'select',
    { name: 'hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, `tối đa ${n} bước`)),
  );
  const message = h('p', { class: 'status', role: 'status', hidden: true });
  const form = h(
    'form',
    { class: 'paths-form' },
    fromPicker.element,
    toPicker.element,
    h('label', { class: 'field' }, h('span', null, 'Độ dài'), hops),
    h('button', { type: 'submit' }, 'Tìm đường nối'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = fromPicker.value?.id ?? from;
    const b = toPicker.value?.id ?? to;
    if (!a || !b || !fromPicker.element.querySelector('input')!.value || !toPicker.element.querySelector('input')!.value) {
      message.hidden = false;
      replace(message, 'Hãy chọn cả hai đối tượng từ danh sách gợi ý.');
      return;
    }
    navigate(`/paths?${new URLSearchParams({ from: a, to: b, hops: hops.value })}`);
  });
  const results = h('div', { class: 'paths-results' });
  replace(
    outlet,
    h('h1', null, 'Hai đối tượng liên hệ thế nào?'),
    h('p', { class: 'hint' }, 'Chọn hai nhân vật, tổ chức, mô hình… để xem những đường nối ngắn nhất giữa chúng trong đồ thị.'),
    form,
    message,
    results,
  );
  if (!from || !to) return;

  replace(results, loading('Đang tìm đường nối…'));
  let answer: { ends: (EntityRef | null)[]; paths: Path[] };
  try {
    answer = await fetchPaths(from, to, maxHops, signal);
  } catch (error) {
    if (!isAbort(error)) replace(results, failure(error));
    return;
  }
  const [start, end] = answer.ends;
  if (start) (fromPicker.element.querySelector('input') as HTMLInputElement).value = start.name;
  if (end) (toPicker.element.querySelector('input') as HTMLInputElement).value = end.name;
  if (start && end) setTitle(`${start.name} — ${end.name}`, 'Đường nối');
  if (answer.paths.length === 0) {
    replace(results, h('p', { class: 'status' }, `Không có đường nối nào dài tối đa ${maxHops} bước.`));
    return;
  }

  const canvas = h('div', { class: 'graph-canvas paths-canvas', id: 'paths-canvas', role: 'img', 'aria-label': 'Các đường nối' });
  const shortest = answer.paths[0]!.length;
  replace(
    results,
    h('p', { class: 'summary', id: 'paths-summary' }, `${answer.paths.length} đường nối ngắn nhất, mỗi đường ${shortest} bước.`),
    legend(answer.paths.flatMap((p) => p.nodes.map((n) => n.__typename))),
    canvas,
    h('ol', { class: 'path-list' }, answer.paths.map(pathItem)),
  );
  const view = createGraphView(canvas, { onOpen: (node) => navigate(entityUrl(node.__typename, node.id)) });
  signal.addEventListener('abort', () => view.destroy());
  for (const path of answer.paths) view.add(path.nodes, path.edges);
  view.mark(from, 'end');
  view.mark(to, 'end');
  // A few paths have few edges: every caption fits.
  view.cy.edges().addClass('focus');
  view.place(layeredPositions(answer.paths, canvas.clientWidth >= canvas.clientHeight));
  canvas.dataset.nodes = String(view.counts().nodes);
}

/** One path as a sentence: A — tham gia → B — có sự tham gia của → C. */
function pathItem(path: Path): HTMLElement {
  const steps = path.edges.map((edge, i) => {
    const here = path.nodes[i]!;
    const outgoing = edge.from === here.id;
    const detail = relationshipDetail(edge.type, edge.label);
    return [h('span', { class: 'step' }, ` ${relationshipPhrase(edge.type, outgoing)}${detail ? ` (${detail})` : ''} → `), entityLink(path.nodes[i + 1]!.__typename, path.nodes[i + 1]!)];
  });
  return h('li', { class: 'path' }, entityLink(path.nodes[0]!.__typename, path.nodes[0]!), steps);
}

/**
 * Every node in the column of its step along the paths (the start first),
 * the nodes of one step spread across it: left to right on a wide screen,
 * top to bottom on a phone. Shortest paths put a node at the same step in
 * every path it is on, so the columns never conflict.
 */
function layeredPositions(paths: Path[], wide: boolean): Record<string, { x: number; y: number }> {
  const layers: string[][] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    path.nodes.forEach((node, step) => {
      if (seen.has(node.id)) return;
      seen.add(node.id);
      (layers[step] ??= []).push(node.id);
    });
  }
  const positions: Record<string, { x: number; y: number }> = {};
  layers.forEach((ids, step) =>
    ids.forEach((id, i) => {
      const along = step * 240;
      const across = (i - (ids.length - 1) / 2) * 110;
      positions[id] = wide ? { x: along, y: across } : { x: across * 1.4, y: along * 0.6 };
    }),
  );
  return positions;
}
