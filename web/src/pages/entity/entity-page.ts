import { ApiError, graphql } from '../../api/client.js';
import { LIMITS } from '../../api/limits.js';
import { entityActions } from '../../curate/entity-actions.js';
import type { SourceId, Typename } from '../../api/types.js';
import type { PageContext } from '../../router.js';
import { Citations } from '../../ui/citations.js';
import { h, joined, replace } from '../../ui/dom.js';
import { entityUrl, kindByPath, type KindInfo } from '../../ui/kinds.js';
import { kindBadge } from '../../ui/links.js';
import { displayName, periodLabel, type Dated } from '../../ui/names.js';
import { clip, errorPage, failurePage, loading, setTitle } from '../../ui/status.js';
import { SECTIONS } from './kinds/index.js';
import { relationshipsSection, RELATIONSHIPS_FIELDS, type RelationshipEdge } from './relationships.js';
import { appendSources } from './sources-section.js';

interface EntityHead extends Dated {
  __typename: Typename;
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  inferred: boolean;
  inferenceNote: string | null;
  sources: SourceId[];
  relationships: { totalCount: number; edges: RelationshipEdge[] };
}

/** The query of one kind's page: what every entity has, that kind's own fields, its relationships. */
function entityQuery(typename: Typename): string {
  return /* GraphQL */ `
    query ExplorerEntity($id: ID!) {
      node(id: $id) {
        __typename
        ... on Entity {
          id name aliases description inferred inferenceNote
          sources { id }
          ${RELATIONSHIPS_FIELDS}
        }
        ${SECTIONS[typename].fields}
      }
    }
  `;
}

/** `/person/:id`, `/model/:id`, …: one entity with its facts, relationships and sources. */
export async function renderEntityPage({ params, outlet, signal }: PageContext): Promise<void> {
  const [kindPath = '', id = ''] = params;
  const kind = kindByPath(kindPath);
  if (!kind) return;
  if (id.length > LIMITS.id) return notFound(outlet, kind, id);
  replace(outlet, loading());
  let node: EntityHead | null;
  try {
    ({ node } = await graphql<{ node: EntityHead | null }>(entityQuery(kind.typename), { id }, signal));
  } catch (error) {
    // A malformed id is refused as BAD_USER_INPUT: to a reader, the page does not exist.
    if (error instanceof ApiError && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND')) notFound(outlet, kind, id);
    else failurePage(outlet, error, `Không tải được trang ${kind.label.toLowerCase()}`);
    return;
  }
  if (!node || node.__typename !== kind.typename) return notFound(outlet, kind, id);
  // An id merged into another finds the survivor (node(id) follows mergedIds): the address becomes the survivor's.
  const mergedAway = node.id !== id;
  if (mergedAway) history.replaceState(history.state, '', entityUrl(node.__typename, node.id));
  const period = periodLabel(node);
  setTitle(displayName(node), kind.label);
  const notes = new Citations();
  const cite = notes.cite.bind(notes);
  const header = h(
    'header',
    { class: 'entity-header' },
    kindBadge(node.__typename),
    h('h1', null, node.name, period ? h('span', { class: 'period' }, ` (${period})`) : null, cite(node.sources)),
    mergedAway ? h('p', { class: 'status merged-notice', role: 'status' }, 'Mục bạn mở đã được gộp vào mục này; địa chỉ cũ vẫn dẫn tới đây.') : null,
    node.aliases.length ? h('p', { class: 'aliases' }, 'Còn gọi là: ', joined(node.aliases.map((a) => h('span', { lang: 'vi' }, a)))) : null,
    node.description ? h('p', { class: 'description' }, node.description) : null,
    node.inferred ? h('p', { class: 'inferred' }, `Thông tin suy luận: ${node.inferenceNote ?? ''}`) : null,
    h(
      'nav',
      { class: 'actions', 'aria-label': 'Xem thêm' },
      node.__typename === 'Person' ? h('a', { href: `/person/${encodeURIComponent(node.id)}/timeline`, class: 'button' }, 'Dòng thời gian') : null,
      h('a', { href: `/graph/${encodeURIComponent(node.id)}`, class: 'button' }, 'Xem trên đồ thị'),
      h('a', { href: `/paths?from=${encodeURIComponent(node.id)}`, class: 'button' }, 'Tìm đường nối'),
    ),
    entityActions(node.__typename, node.id, signal),
  );
  const edges = node.relationships.edges;
  const claimed = new Set<RelationshipEdge>();
  const related = (type: string, outgoing: boolean, id?: string) => {
    const found = edges.filter((e) => e.relationship.type === type && e.outgoing === outgoing && (id === undefined || e.node.id === id));
    for (const edge of found) claimed.add(edge);
    return found;
  };
  const own = SECTIONS[node.__typename].render(node as never, { cite, related, signal });
  const relationships = relationshipsSection(
    edges.filter((e) => !claimed.has(e)),
    edges.length,
    node.relationships.totalCount,
    cite,
  );
  const article = h('article', { class: 'entity' }, header, own, relationships);
  replace(outlet, article);
  // The notes list comes last: every section above has added its sources to it by now.
  if (notes.count) await appendSources(article, notes, signal);
}

function notFound(outlet: HTMLElement, kind: KindInfo, id: string): void {
  errorPage(
    outlet,
    `Không tìm thấy ${kind.label.toLowerCase()}`,
    `Địa chỉ này không dẫn tới ${kind.label.toLowerCase()} nào trong sổ đăng ký: không có ${kind.label.toLowerCase()} mang mã “${clip(id, 40)}”. Có thể địa chỉ bị gõ sai hoặc bị cắt mất một phần.`,
  );
}
