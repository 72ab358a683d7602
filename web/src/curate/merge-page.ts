import { ApiError, graphql, isAbort } from '../api/client.js';
import { ENTITY_REF } from '../api/fragments.js';
import type { EntityRef } from '../api/types.js';
import { navigate, type PageContext } from '../router.js';
import { h, joined, replace, type Child } from '../ui/dom.js';
import { entityPicker, type EntityPicker } from '../ui/entity-picker.js';
import { entityUrl } from '../ui/kinds.js';
import { entityLink } from '../ui/links.js';
import { relationshipPhrase } from '../ui/relationship-labels.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { citationField } from './citation-field.js';
import { CurateForm } from './form.js';
import { personAllowed } from './page-access.js';
import { problemText } from './problem-text.js';
import { PROPERTIES, valueText } from './property-text.js';
import { mergeEntities } from './writes.js';

interface Link {
  type: string;
  outgoing: boolean;
  other: EntityRef;
  sources: { id: string; name: string }[];
}

interface Preview {
  survivor: EntityRef;
  merged: EntityRef;
  moved: Link[];
  droppedLoops: Link[];
  droppedDuplicates: Link[];
  observations: { id: string; title: string; observedAt: string | null; organization: { id: string; name: string } | null; person: { id: string; name: string } | null }[];
  aliasesAdded: string[];
  sourcesAdded: { id: string; name: string }[];
  takenOver: { field: string; value: unknown }[];
  conflicts: { field: string; kept: unknown; dropped: unknown }[];
}

const LINK = `type outgoing other { ${ENTITY_REF} } sources { id name }`;
const PREVIEW = /* GraphQL */ `
  query MergePreview($survivor: ID!, $merged: ID!) {
    mergePreview(survivor: $survivor, merged: $merged) {
      survivor { ${ENTITY_REF} }
      merged { ${ENTITY_REF} }
      moved { ${LINK} }
      droppedLoops { ${LINK} }
      droppedDuplicates { ${LINK} }
      observations { id title observedAt person { id name } organization { id name } }
      aliasesAdded
      sourcesAdded { id name }
      takenOver { field value }
      conflicts { field kept dropped }
    }
  }
`;

const SUGGEST = /* GraphQL */ `
  query MergeSuggestions($mentions: [MentionInput!]!) {
    reconcile(mentions: $mentions) { candidates { score reasons { code detail } entity { ${ENTITY_REF} } } }
  }
`;

interface Suggestion {
  score: number;
  reasons: { code: string; detail: string }[];
  entity: EntityRef;
}

const REASONS: Record<string, string> = {
  SAME_NAME: 'cùng tên',
  KNOWN_ALIAS: 'trùng tên gọi khác',
  SAME_FOLDED_NAME: 'cùng tên khi bỏ dấu',
  TYPO_VARIANT: 'tên gần giống (có thể gõ sai)',
  PARTIAL_NAME: 'trùng họ và tên, khác tên đệm',
  SAME_ORGANIZATION: 'cùng tổ chức',
  OVERLAPPING_DATES: 'cùng thời gian',
  SAME_PLACE: 'cùng địa bàn',
  VALID_AT_DATE: 'còn tồn tại vào thời điểm đó',
  CONTEXT_DISAGREES: 'bối cảnh khác nhau',
};

/** The entity the registry's reconciliation finds for `entity`'s own name, other than itself: the likely duplicates. */
async function suggestionsFor(entity: EntityRef, signal: AbortSignal): Promise<Suggestion[]> {
  const data = await graphql<{ reconcile: { candidates: Suggestion[] }[] }>(SUGGEST, { mentions: [{ kind: entity.__typename.toUpperCase(), name: entity.name.slice(0, 200) }] }, signal);
  return (data.reconcile[0]?.candidates ?? []).filter((c) => c.entity.id !== entity.id);
}

const sourceList = (sources: { id: string; name: string }[]): Child =>
  sources.length ? [' — nguồn: ', joined(sources.map((s) => h('a', { href: entityUrl('Source', s.id) }, s.name)), '; ')] : null;

function linkItem(link: Link): HTMLElement {
  return h('li', null, relationshipPhrase(link.type, link.outgoing), ' ', entityLink(link.other.__typename, link.other), sourceList(link.sources));
}

/** One part of the preview: a heading with its count, its items, or a line saying there are none. */
function part(title: string, items: HTMLElement[], none: string): HTMLElement {
  return h('section', { class: 'merge-part' }, h('h3', null, `${title} (${items.length})`), items.length ? h('ul', null, items) : h('p', { class: 'hint' }, none));
}

function previewView(p: Preview): HTMLElement {
  const label = p.survivor.__typename;
  const value = (field: string, v: unknown) => valueText(v, field, label);
  return h(
    'div',
    { class: 'merge-preview' },
    h(
      'p',
      { class: 'merge-summary' },
      'Giữ lại ',
      entityLink(label, p.survivor),
      '; gộp vào đó rồi xóa ',
      entityLink(p.merged.__typename, p.merged),
      '. Địa chỉ của mục bị gộp sẽ dẫn tới mục được giữ lại.',
    ),
    p.conflicts.length
      ? h(
          'section',
          { class: 'merge-part merge-conflicts' },
          h('h3', null, `Thông tin khác nhau (${p.conflicts.length})`),
          h('p', { class: 'hint' }, 'Giá trị của mục được giữ lại sẽ được dùng; giá trị bên kia sẽ mất. Muốn giữ giá trị bên kia, hãy đổi vai hai mục.'),
          h(
            'table',
            { class: 'history-change' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Thông tin'), h('th', { scope: 'col' }, 'Giữ lại'), h('th', { scope: 'col' }, 'Sẽ mất'))),
            h(
              'tbody',
              null,
              p.conflicts.map((c) => h('tr', null, h('th', { scope: 'row' }, PROPERTIES[c.field] ?? c.field), h('td', { class: 'after' }, value(c.field, c.kept)), h('td', { class: 'before' }, value(c.field, c.dropped)))),
            ),
          ),
        )
      : h('p', { class: 'hint' }, 'Không có thông tin nào mâu thuẫn giữa hai mục.'),
    part('Thông tin được bổ sung', p.takenOver.map((t) => h('li', null, `${PROPERTIES[t.field] ?? t.field}: ${value(t.field, t.value)}`)), 'Không có.'),
    part('Tên gọi khác được thêm', p.aliasesAdded.map((a) => h('li', { lang: 'vi' }, a)), 'Không có.'),
    part('Nguồn dẫn được thêm', p.sourcesAdded.map((s) => h('li', null, h('a', { href: entityUrl('Source', s.id) }, s.name))), 'Không có.'),
    part('Quan hệ được chuyển sang', p.moved.map(linkItem), 'Không có.'),
    part(
      'Ghi nhận chức danh được chuyển sang',
      p.observations.map((o) => h('li', null, o.title, o.organization ? ` — ${o.organization.name}` : '', o.person ? ` — ${o.person.name}` : '', o.observedAt ? ` (${o.observedAt})` : '')),
      'Không có.',
    ),
    part('Quan hệ trùng, bỏ đi (nguồn dẫn được gộp vào quan hệ còn lại)', p.droppedDuplicates.map(linkItem), 'Không có.'),
    part('Quan hệ giữa hai mục, bỏ đi', p.droppedLoops.map(linkItem), 'Không có.'),
  );
}

/**
 * `/merge?survivor=ID&merged=ID` (admin): two entities found to be the same.
 * The first comes from an entity page's "Gộp mục trùng" (or is picked); the
 * second is picked by search or from the likely duplicates the registry's
 * reconciliation finds for the first's name. The page shows mergePreview —
 * what would move, what would be dropped, which values conflict — and offers
 * the merge only then, citing a source; the two can be swapped to keep the
 * other's values. The address keeps both ids, so a preview can be shared.
 * After the merge the survivor's page opens.
 */
export async function renderMergePage({ query, outlet, signal }: PageContext): Promise<void> {
  setTitle('Gộp hai mục trùng');
  if (!(await personAllowed(outlet, 'admin', signal))) return;
  let initial: Awaited<ReturnType<typeof initialPair>>;
  try {
    initial = await initialPair(query.get('survivor'), query.get('merged'), signal);
  } catch (error) {
    if (!isAbort(error)) replace(outlet, h('h1', null, 'Gộp hai mục trùng'), failure(error));
    return;
  }

  const suggestions = h('div', { class: 'merge-suggestions', 'aria-live': 'polite' });
  const result = h('div', { class: 'merge-result', 'aria-live': 'polite' });
  let pending: AbortController | null = null;
  signal.addEventListener('abort', () => pending?.abort());

  const survivor: EntityPicker = entityPicker({ label: 'Mục được giữ lại', initial: initial.survivor, signal, onPick: () => void update() });
  const merged: EntityPicker = entityPicker({ label: 'Mục gộp vào rồi xóa', initial: initial.merged, signal, onPick: () => void update() });
  const swap = h('button', { type: 'button', class: 'secondary' }, 'Đổi vai hai mục');
  swap.addEventListener('click', () => {
    const [a, b] = [survivor.value, merged.value];
    if (a) merged.set(a);
    else merged.clear();
    if (b) survivor.set(b);
    else survivor.clear();
    void update();
  });

  async function update(): Promise<void> {
    pending?.abort();
    const request = (pending = new AbortController());
    const [a, b] = [survivor.value, merged.value];
    const params = new URLSearchParams();
    if (a) params.set('survivor', a.id);
    if (b) params.set('merged', b.id);
    history.replaceState(null, '', `/merge${params.size ? `?${params.toString()}` : ''}`);
    replace(suggestions);
    replace(result);
    try {
      if (a && !b) await showSuggestions(a, request.signal);
      if (a && b) await showPreview(a, b, request.signal);
    } catch (error) {
      if (isAbort(error)) return;
      replace(result, h('p', { class: 'status error', role: 'alert' }, refusal(error)));
    }
  }

  async function showSuggestions(entity: EntityRef, requestSignal: AbortSignal): Promise<void> {
    replace(suggestions, loading('Đang tìm mục có thể trùng…'));
    const found = await suggestionsFor(entity, requestSignal);
    replace(
      suggestions,
      h('h2', null, 'Có thể trùng với'),
      found.length
        ? h(
            'ul',
            { class: 'suggestion-list' },
            found.map((s) => {
              const choose = h('button', { type: 'button', class: 'secondary' }, 'Xem trước khi gộp');
              choose.addEventListener('click', () => {
                merged.set(s.entity);
                void update();
              });
              return h('li', null, entityLink(s.entity.__typename, s.entity), ` — ${s.reasons.map((r) => REASONS[r.code] ?? r.code).join(', ')} `, choose);
            }),
          )
        : h('p', { class: 'hint' }, 'Sổ không tìm thấy mục nào trùng tên. Hãy tìm mục kia ở ô phía trên.'),
    );
  }

  async function showPreview(a: EntityRef, b: EntityRef, requestSignal: AbortSignal): Promise<void> {
    replace(result, loading('Đang xem trước…'));
    const { mergePreview: p } = await graphql<{ mergePreview: Preview }>(PREVIEW, { survivor: a.id, merged: b.id }, requestSignal);
    const citation = citationField(requestSignal);
    const form = new CurateForm({
      submitLabel: 'Gộp hai mục',
      check: () => citation.check(),
      async send() {
        await mergeEntities({ survivor: p.survivor.id, merged: p.merged.id, ...citation.value() });
        navigate(entityUrl(p.survivor.__typename, p.survivor.id));
      },
    });
    form.element.append(h('p', { class: 'hint' }, 'Dẫn nguồn cho thấy hai mục là một.'), citation.element);
    citation.controls.forEach((c) => form.register(c));
    replace(result, h('h2', null, 'Xem trước'), previewView(p), form.finish());
  }

  replace(
    outlet,
    h('h1', null, 'Gộp hai mục trùng'),
    h('p', { class: 'hint' }, 'Chọn hai mục cùng loại là một đối tượng. Xem trước những gì thay đổi rồi mới gộp; việc gộp được ghi vào lịch sử.'),
    h('div', { class: 'panel merge-pickers' }, survivor.element, merged.element, swap),
    suggestions,
    result,
  );
  await update();
}

/** The pair named in the address, each looked up (an id that names nothing, or is not an id, is left empty). */
async function initialPair(survivorId: string | null, mergedId: string | null, signal: AbortSignal): Promise<{ survivor: EntityRef | null; merged: EntityRef | null }> {
  const ids = [survivorId, mergedId].map((id) => (id && id.length <= 200 ? id : null));
  if (!ids[0] && !ids[1]) return { survivor: null, merged: null };
  const data = await graphql<{ a: EntityRef | null; b: EntityRef | null }>(
    `query MergePair($a: ID!, $b: ID!, $hasA: Boolean!, $hasB: Boolean!) { a: node(id: $a) @include(if: $hasA) { ... on Entity { ${ENTITY_REF} } } b: node(id: $b) @include(if: $hasB) { ... on Entity { ${ENTITY_REF} } } }`,
    { a: ids[0] ?? '', b: ids[1] ?? '', hasA: !!ids[0], hasB: !!ids[1] },
    signal,
  ).catch((error: unknown) => {
    // An id that is not one (edited by hand) leaves both to be picked; anything else is the page's failure.
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return { a: null, b: null };
    throw error;
  });
  return { survivor: data.a ?? null, merged: data.b ?? null };
}

/** What a refused preview says, in Vietnamese: two kinds, the same entity twice. */
function refusal(error: unknown): string {
  if (error instanceof ApiError && error.problems.length) return error.problems.map((p) => problemText(p.message)).join(' ');
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return problemText(error.message);
  if (error instanceof ApiError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) return 'Chỉ quản trị viên được gộp mục; phiên đăng nhập có thể đã hết.';
  return 'Không xem trước được. Hãy thử lại.';
}

