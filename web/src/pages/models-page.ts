import { isAbort } from '../api/client.js';
import { mayAct, onSessionChange } from '../api/session.js';
import { fetchFilterOptions, fetchModels, type ModelFilter, type PlaceOption, type RegistryModel } from '../api/models.js';
import { navigate, type PageContext } from '../router.js';
import { Citations } from '../ui/citations.js';
import { formatPartial } from '../ui/dates.js';
import { h, joined, replace } from '../ui/dom.js';
import { label } from '../ui/labels.js';
import { entityLink } from '../ui/links.js';
import { failure, loading, setTitle } from '../ui/status.js';
import { appendSources } from './entity/sources-section.js';
import { facts } from './entity/sections.js';

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
  const form = h('form', { class: 'filters', 'aria-label': 'Lọc mô hình' });
  replace(
    outlet,
    h('h1', null, 'Sổ đăng ký mô hình'),
    h('p', { class: 'hint' }, 'Các mô hình “Dân vận khéo”: nơi khởi nguồn, nơi nhân rộng, các sự kiện giới thiệu và chương trình hỗ trợ.'),
    registerLink(signal),
    form,
    results,
  );

  const filter: ModelFilter = {};
  const text = query.get('text')?.trim();
  if (text) filter.text = text;
  const place = query.get('place');
  if (place) filter.place = place;
  const category = query.get('category');
  if (category) filter.category = category;
  const from = yearOf(query.get('from'));
  if (from) filter.seenFrom = `${from}-01-01`;
  const to = yearOf(query.get('to'));
  if (to) filter.seenTo = `${to}-12-31`;

  try {
    const [options, page] = await Promise.all([fetchFilterOptions(signal), fetchModels(filter, null, signal)]);
    fillFilterForm(form, options, query);
    const notes = new Citations();
    replace(
      results,
      h('p', { class: 'summary', 'aria-live': 'polite' }, page.totalCount === 0 ? 'Không có mô hình nào khớp bộ lọc.' : `${page.totalCount} mô hình`),
      h('ol', { class: 'model-list' }, page.models.map((m) => modelCard(m, notes))),
    );
    if (notes.count) await appendSources(results, notes, signal);
  } catch (error) {
    if (!isAbort(error)) replace(results, failure(error));
  }
}

function yearOf(value: string | null): number | null {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null;
}

function fillFilterForm(form: HTMLFormElement, options: { places: PlaceOption[]; categories: string[] }, query: URLSearchParams): void {
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
  const year = (name: string, placeholder: string) =>
    h('input', { type: 'number', name, min: 1900, max: 2100, step: 1, inputmode: 'numeric', placeholder, value: query.get(name) ?? '' });
  const apply = (event: Event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    navigate(`/models${params.size ? `?${params}` : ''}`);
  };
  replace(
    form,
    field('Tên hoặc mô tả', h('input', { type: 'search', name: 'text', value: query.get('text') ?? '', placeholder: 'hoi quan' })),
    field('Địa bàn', placeSelect),
    field('Lĩnh vực', categorySelect),
    field('Từ năm', year('from', '2019')),
    field('Đến năm', year('to', '2025')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Lọc'), h('a', { href: '/models', class: 'button secondary' }, 'Bỏ lọc')),
  );
  form.addEventListener('submit', apply);
  // A choice from a list applies at once; typed fields wait for "Lọc" or Enter.
  for (const select of [placeSelect, categorySelect]) select.addEventListener('change', apply);
}

/** "Đồng Tháp (Tỉnh, từ 2025)": the two Đồng Tháps before and after the 2025 merger read apart. */
function placeLabel(place: PlaceOption): string {
  const validity = place.validFromPartial ? `từ ${place.validFromPartial.text.slice(0, 4)}` : place.validToPartial ? `đến ${place.validToPartial.text.slice(0, 4)}` : '';
  return `${place.name} (${[label('PlaceKind', place.kind), validity].filter(Boolean).join(', ')})`;
}

function modelCard(model: RegistryModel, notes: Citations): HTMLElement {
  return h(
    'li',
    { class: 'model-card panel' },
    h('h2', null, entityLink('Model', model), notes.cite(model.sources)),
    model.description ? h('p', { class: 'description' }, model.description) : null,
    facts([
      ['Lĩnh vực', model.category],
      ['Ghi nhận lần đầu', formatPartial(model.firstSeenPartial)],
      ['Khởi nguồn', model.originPlace ? entityLink('Place', model.originPlace) : 'chưa rõ'],
      [
        'Nhân rộng',
        model.adoptions.length
          ? joined(model.adoptions.map((a) => [entityLink('Place', a.place), a.sincePartial ? ` (từ ${formatPartial(a.sincePartial)})` : '', notes.cite(a.sources)]))
          : 'chưa ghi nhận',
      ],
      ['Sự kiện', model.events.length ? joined(model.events.map((e) => [entityLink('Event', e), e.datePartial ? ` (${formatPartial(e.datePartial)})` : '']), '; ') : 'chưa ghi nhận'],
      ['Chương trình', model.programs.length ? joined(model.programs.map((p) => entityLink('Program', p)), '; ') : 'chưa ghi nhận'],
    ]),
  );
}
