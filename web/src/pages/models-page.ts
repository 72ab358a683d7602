import { mayAct, onSessionChange } from '../api/session.js';
import { ApiError, isAbort } from '../api/client.js';
import { LIMITS, YEARS } from '../api/limits.js';
import { countModels, fetchCardFacts, fetchFilterOptions, fetchModels, fetchPlaceRelatives, type CardFacts, type CitedFact, type ModelFilter, type PlaceOption, type RegistryModel } from '../api/models.js';
import { navigate, type PageContext } from '../router.js';
import { applyWhenChosen } from '../ui/apply-when-chosen.js';
import { Citations } from '../ui/citations.js';
import { formatPartial } from '../ui/dates.js';
import { h, joined, replace, type Child } from '../ui/dom.js';
import { label } from '../ui/labels.js';
import { entityLink } from '../ui/links.js';
import { displayName, periodLabel } from '../ui/names.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { appendSources } from './entity/sources-section.js';
import { facts, inferredMark } from './entity/sections.js';

/** "Đăng ký mô hình", offered to editors and admins only. */
function registerLink(signal: AbortSignal): HTMLElement {
  const link = h('p', { class: 'curate-actions', hidden: true }, h('a', { href: '/new/model', class: 'button' }, 'Đăng ký mô hình'));
  onSessionChange((user) => (link.hidden = !mayAct(user, 'editor')), signal);
  return link;
}

/**
 * `/models`: the model registry, filtered by place (a region or province
 * covers everything inside it), category and the period the model was seen
 * in. The filters are the URL's query, so a filtered list can be shared.
 */
export async function renderModelsPage({ outlet, query, signal }: PageContext): Promise<void> {
  setTitle('Sổ đăng ký mô hình');
  const results = h('div', { class: 'models-results' }, loading());
  const form = h('form', { class: 'filters', 'aria-label': 'Lọc mô hình', novalidate: true });
  replace(
    outlet,
    h('h1', null, 'Sổ đăng ký mô hình'),
    h('p', { class: 'hint' }, 'Các mô hình “Dân vận khéo”: nơi khởi nguồn, nơi nhân rộng, các sự kiện giới thiệu và chương trình hỗ trợ.'),
    registerLink(signal),
    form,
    results,
  );

  const filter: ModelFilter = {};
  const problems: string[] = [];
  const text = query.get('text')?.trim();
  if (text && text.length > LIMITS.text) problems.push(`Tên hoặc mô tả dài ${text.length} ký tự; tối đa ${LIMITS.text} ký tự.`);
  else if (text) filter.text = text;
  const place = query.get('place');
  if (place && place.length > LIMITS.id) problems.push('Địa bàn trong địa chỉ trang không hợp lệ.');
  else if (place) filter.place = place;
  const category = query.get('category');
  if (category && category.length <= LIMITS.text) filter.category = category;
  const from = yearOf(query.get('from'), 'Từ năm', problems);
  const to = yearOf(query.get('to'), 'Đến năm', problems);
  if (from !== null && to !== null && from > to) problems.push(`“Từ năm” (${from}) sau “Đến năm” (${to}): hãy đổi lại khoảng năm.`);
  if (from !== null) filter.seenFrom = `${from}-01-01`;
  if (to !== null) filter.seenTo = `${to}-12-31`;

  // The filters are drawn whatever becomes of the models, so that a filter the API refused can be changed.
  const options = fetchFilterOptions(signal);
  const models = problems.length ? null : fetchModels(filter, null, signal);
  void models?.catch(() => undefined); // Awaited below, after the options: a rejection meanwhile is not unhandled.
  try {
    fillFilterForm(form, await options, query, problems);
    if (!models) {
      replace(results, failure(null, problems.join(' ')));
      return;
    }
    const page = await models;
    const notes = new Citations();
    const summary = h('p', { class: 'summary', 'aria-live': 'polite' }, page.totalCount === 0 ? 'Không có mô hình nào khớp bộ lọc.' : `${page.totalCount} mô hình`);
    // The cards are drawn at once; where each model started and what backs it, with their citations, follow.
    const cards = page.models.map((m) => modelCard(m, notes));
    replace(results, summary, h('ol', { class: 'model-list' }, cards.map((c) => c.element)));
    if (page.totalCount === 0 && filter.place) await pointToRelatives(results, filter, signal);
    const facts = await fetchCardFacts(
      page.models.map((m) => m.id),
      signal,
    );
    cards.forEach((card, i) => card.fill(facts.get(page.models[i]!.id) ?? { origin: [], backers: [] }));
    if (notes.count) await appendSources(results, notes, signal);
  } catch (error) {
    if (isAbort(error)) return;
    const badFilter = error instanceof ApiError && error.code === 'BAD_USER_INPUT';
    replace(results, failure(error, badFilter ? 'Bộ lọc trong địa chỉ trang không hợp lệ (địa bàn hoặc lĩnh vực không có trong sổ đăng ký). Hãy chọn lại bộ lọc.' : undefined));
  }
}

/**
 * When a place finds nothing, its predecessors and successors may: the
 * models of 2020 stay with the Đồng Tháp of 2020, not the province formed
 * in 2025. Each is counted with the same other filters and offered as a link.
 */
async function pointToRelatives(results: HTMLElement, filter: ModelFilter, signal: AbortSignal): Promise<void> {
  const found = await fetchPlaceRelatives(filter.place!, signal);
  if (!found || found.relatives.length === 0) return;
  const counts = await Promise.all(found.relatives.map((r) => countModels({ ...filter, place: r.place.id }, signal)));
  const offers = found.relatives.flatMap((relative, i) => {
    const count = counts[i]!;
    if (count === 0) return [];
    const params = new URLSearchParams(location.search);
    params.set('place', relative.place.id);
    return [
      h(
        'li',
        null,
        relative.before ? 'Đơn vị trước đó, ' : 'Đơn vị kế tục, ',
        h('a', { href: `/models?${params}` }, displayName(relative.place)),
        `, có ${count} mô hình khớp các bộ lọc còn lại.`,
      ),
    ];
  });
  if (offers.length === 0) return;
  results.append(
    h(
      'div',
      { class: 'panel relatives', role: 'note' },
      h('p', null, `Không có mô hình nào được ghi nhận tại ${displayName(found.place)}, nhưng:`),
      h('ul', { class: 'list' }, offers),
    ),
  );
}

function yearOf(value: string | null, name: string, problems: string[]): number | null {
  if (value === null || value.trim() === '') return null;
  const year = Number(value);
  if (Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max) return year;
  problems.push(`“${name}” phải là một năm từ ${YEARS.min} đến ${YEARS.max}.`);
  return null;
}

function fillFilterForm(form: HTMLFormElement, options: { places: PlaceOption[]; categories: string[] }, query: URLSearchParams, problems: string[]): void {
  const field = (labelText: string, control: HTMLElement) => h('label', { class: 'field' }, h('span', null, labelText), control);
  const placeSelect = h(
    'select',
    { name: 'place' },
    h('option', { value: '' }, 'Mọi nơi'),
    options.places.map((p) => h('option', { value: p.id, selected: p.id === query.get('place') }, placeLabel(p))),
  );
  const categorySelect = h(
    'select',
    { name: 'category' },
    h('option', { value: '' }, 'Mọi lĩnh vực'),
    options.categories.map((c) => h('option', { value: c, selected: c === query.get('category') }, c)),
  );
  const yearsWrong = problems.some((p) => p.includes('năm'));
  const year = (name: string, placeholder: string) =>
    h('input', {
      type: 'number',
      name,
      min: YEARS.min,
      max: YEARS.max,
      step: 1,
      inputmode: 'numeric',
      placeholder,
      value: query.get(name) ?? '',
      'aria-invalid': yearsWrong ? 'true' : null,
    });
  const apply = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    navigate(`/models${params.size ? `?${params}` : ''}`);
  };
  replace(
    form,
    field('Tên hoặc mô tả', h('input', { type: 'search', name: 'text', value: query.get('text') ?? '', placeholder: 'hoi quan', maxlength: LIMITS.text })),
    field('Địa bàn', placeSelect),
    field('Lĩnh vực', categorySelect),
    field('Từ năm', year('from', '2019')),
    field('Đến năm', year('to', '2025')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Lọc'), h('a', { href: '/models', class: 'button secondary' }, 'Bỏ lọc')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // A choice from a list applies once it is made; typed fields wait for "Lọc" or Enter.
  for (const select of [placeSelect, categorySelect]) applyWhenChosen(select, apply);
}

/** "Đồng Tháp (Tỉnh, đến 30/6/2025)": the two Đồng Tháps before and after the 2025 merger read apart. */
function placeLabel(place: PlaceOption): string {
  return `${place.name} (${[label('PlaceKind', place.kind), periodLabel(place)].filter(Boolean).join(', ')})`;
}

function modelCard(model: RegistryModel, notes: Citations): { element: HTMLElement; fill(facts: CardFacts): void } {
  const cited = (content: Child, fact: CitedFact): Child[] => [content, inferredMark(fact.inferred, fact.inferenceNote), notes.cite(fact.sources)];
  const origin = h('span', { class: 'pending' }, '…');
  const programs = h('span', { class: 'pending' }, '…');
  const element = h(
    'li',
    { class: 'model-card panel' },
    h('h2', null, entityLink('Model', model), notes.cite(model.sources)),
    model.description ? h('p', { class: 'description' }, model.description) : null,
    facts([
      ['Lĩnh vực', model.category],
      ['Ghi nhận lần đầu', formatPartial(model.firstSeenPartial)],
      ['Khởi nguồn', origin],
      // Found through a unit that merged into the chosen place: say so, so the reader knows why it is listed.
      ['Qua địa bàn cũ', model.through.length ? joined(model.through.map((place) => entityLink('Place', place)), ' → ') : null],
      [
        'Nhân rộng',
        model.adoptions.length
          ? joined(model.adoptions.map((a) => cited([entityLink('Place', a.place), a.sincePartial ? ` (từ ${formatPartial(a.sincePartial)})` : ''], a)))
          : 'chưa ghi nhận',
      ],
      [
        'Sự kiện',
        model.presentations.length
          ? joined(model.presentations.map((p) => cited([entityLink('Event', p.event), p.event.datePartial ? ` (${formatPartial(p.event.datePartial)})` : ''], p)), '; ')
          : 'chưa ghi nhận',
      ],
      ['Chương trình', programs],
    ]),
  );
  return {
    element,
    fill({ origin: places, backers }) {
      origin.className = '';
      programs.className = '';
      replace(origin, places.length ? joined(places.map((e) => cited(entityLink('Place', e.node), e.relationship))) : 'chưa ghi nhận');
      replace(programs, backers.length ? joined(backers.map((e) => cited(entityLink('Program', e.node), e.relationship)), '; ') : 'chưa ghi nhận trong các nguồn');
    },
  };
}
