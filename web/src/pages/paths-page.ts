import { ApiError, isAbort } from '../api/client.js';
import { fetchEntityRef, fetchPaths, type Path } from '../api/graph.js';
import { LIMITS } from '../api/limits.js';
import type { EntityRef } from '../api/types.js';
import { createGraphView } from '../graph/graph-view.js';
import { legend } from '../graph/legend.js';
import { navigate, type PageContext } from '../router.js';
import { Citations } from '../ui/citations.js';
import { h, replace } from '../ui/dom.js';
import { entityPicker, type EntityPicker } from '../ui/entity-picker.js';
import { entityUrl } from '../ui/kinds.js';
import { entityLink } from '../ui/links.js';
import { displayName } from '../ui/names.js';
import { relationshipDetail, relationshipPhrase } from '../ui/relationship-labels.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { appendSources } from './entity/sources-section.js';
import { inferredMark } from './entity/sections.js';

/**
 * `/paths?from=…&to=…`: "how are these two connected?" — the shortest paths
 * between two entities, drawn together (the start on the left, each step one
 * layer further) and spelled out one by one, every step citing its sources.
 * An entity page's "Tìm đường nối" opens it with `from` alone: that end is
 * filled in and the reader chooses the other.
 */
export async function renderPathsPage({ outlet, query, signal }: PageContext): Promise<void> {
  setTitle('Hai đối tượng liên hệ thế nào?');
  const from = query.get('from');
  const to = query.get('to');
  const maxHops = Math.min(Math.max(Number(query.get('hops')) || 4, LIMITS.minHops), LIMITS.maxHops);
  const fromPicker = entityPicker({ label: 'Từ', signal });
  const toPicker = entityPicker({ label: 'Đến', signal });
  const hops = h(
    'select',
    { name: 'hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, `tối đa ${n} bước`)),
  );
  const message = h('p', { class: 'status', role: 'status', hidden: true });
  const say = (text: string) => {
    message.hidden = false;
    replace(message, text);
  };
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
    const a = chosen(fromPicker);
    const b = chosen(toPicker);
    if (!a || !b) return say('Hãy chọn cả hai đối tượng từ danh sách gợi ý.');
    if (a.id === b.id) return say(sameEntity(a));
    navigate(`/paths?${new URLSearchParams({ from: a.id, to: b.id, hops: hops.value })}`);
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
  if (!from && !to) return;
  if ((from && from.length > LIMITS.id) || (to && to.length > LIMITS.id)) return void replace(results, failure(null, badIds));

  if (!from || !to) {
    // One end given (an entity page's "Tìm đường nối"): fill it in, let the reader choose the other.
    try {
      const known = await fetchEntityRef((from ?? to)!, signal);
      if (!known) return void replace(results, failure(null, badIds));
      (from ? fromPicker : toPicker).set(known);
    } catch (error) {
      if (!isAbort(error)) replace(results, failure(error, error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? badIds : undefined));
    }
    return;
  }

  replace(results, loading('Đang tìm đường nối…'));
  let answer: { ends: (EntityRef | null)[]; paths: Path[] };
  try {
    answer = await fetchPaths(from, to, maxHops, signal);
  } catch (error) {
    if (!isAbort(error)) replace(results, failure(error, error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? badIds : undefined));
    return;
  }
  const [start, end] = answer.ends;
  if (start) fromPicker.set(start);
  if (end) toPicker.set(end);
  if (!start || !end) return void replace(results, failure(null, badIds));
  setTitle(`${displayName(start)} — ${displayName(end)}`, 'Đường nối');
  if (start.id === end.id) return void replace(results, h('p', { class: 'status', id: 'paths-summary' }, sameEntity(start)));
  if (answer.paths.length === 0) {
    replace(results, h('p', { class: 'status', id: 'paths-summary' }, `Không có đường nối nào dài tối đa ${maxHops} bước.`));
    return;
  }

  const canvas = h('div', { class: 'graph-canvas paths-canvas', id: 'paths-canvas', role: 'img', 'aria-label': 'Các đường nối, vẽ thành đồ thị; cũng được viết ra thành lời bên dưới' });
  const shortest = answer.paths[0]!.length;
  const notes = new Citations();
  const spelled = h('ol', { class: 'path-list' }, answer.paths.map((path) => pathItem(path, notes)));
  replace(
    results,
    h('p', { class: 'summary', id: 'paths-summary' }, `${answer.paths.length} đường nối ngắn nhất, mỗi đường ${shortest} bước.`),
    legend(answer.paths.flatMap((p) => p.nodes.map((n) => n.__typename))),
    canvas,
    spelled,
  );
  const view = createGraphView(canvas, { onOpen: (node) => navigate(entityUrl(node.__typename, node.id)) });
  signal.addEventListener('abort', () => view.destroy());
  for (const path of answer.paths) view.add(path.nodes, path.edges);
  view.mark(from, 'end');
  view.mark(to, 'end');
  view.place(layeredPositions(answer.paths, canvas.clientWidth >= canvas.clientHeight));
  canvas.dataset.nodes = String(view.counts().nodes);
  if (notes.count) await appendSources(results, notes, signal);
}

const badIds = 'Địa chỉ trang có mã đối tượng không hợp lệ hoặc không có trong sổ đăng ký. Hãy chọn lại hai đối tượng từ danh sách gợi ý.';

function sameEntity(entity: EntityRef): string {
  return `Hai ô đều là “${displayName(entity)}”: một đối tượng không cần đường nối tới chính nó. Hãy chọn hai đối tượng khác nhau.`;
}

/** The picker's entity, unless its text was cleared or edited after choosing. */
function chosen(picker: EntityPicker): EntityRef | null {
  return picker.element.querySelector('input')!.value.trim() ? picker.value : null;
}

/** One path as a sentence, each step citing its sources: A — tham gia [1] → B — có sự tham gia của [2] → C. */
function pathItem(path: Path, notes: Citations): HTMLElement {
  const steps = path.edges.map((edge, i) => {
    const here = path.nodes[i]!;
    const outgoing = edge.from === here.id;
    const detail = relationshipDetail(edge.type, edge.label);
    return [
      h('span', { class: 'step' }, ` ${relationshipPhrase(edge.type, outgoing)}${detail ? ` (${detail})` : ''}`, inferredMark(edge.inferred, edge.inferenceNote), notes.cite(edge.sources), ' → '),
      entityLink(path.nodes[i + 1]!.__typename, path.nodes[i + 1]!),
    ];
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
