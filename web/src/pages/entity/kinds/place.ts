import { isAbort } from '../../../api/client.js';
import { countModels } from '../../../api/models.js';
import type { PartialDate, Ref, SourceId } from '../../../api/types.js';
import { formatPartial } from '../../../ui/dates.js';
import { h, replace } from '../../../ui/dom.js';
import { label } from '../../../ui/labels.js';
import { entityLink } from '../../../ui/links.js';
import { facts, inferredMark, list, refs, relatedList, section, type KindSections } from '../sections.js';

interface Succession {
  place: Ref;
  datePartial: PartialDate | null;
  kind: string | null;
  note: string | null;
  sources: SourceId[];
  inferred: boolean;
  inferenceNote: string | null;
}

interface Place {
  id: string;
  kind: string;
  validFromPartial: PartialDate | null;
  validToPartial: PartialDate | null;
  successors: Succession[];
  predecessors: Succession[];
  models: { totalCount: number; edges: { node: Ref }[] };
  events: { edges: { node: Ref & { datePartial: PartialDate | null } }[] };
}

const SUCCESSION = 'place { id name } datePartial { text } kind note sources { id } inferred inferenceNote';

export const placeSections: KindSections<Place> = {
  fields: /* GraphQL */ `
    ... on Place {
      kind
      validFromPartial { text }
      validToPartial { text }
      successors { ${SUCCESSION} }
      predecessors { ${SUCCESSION} }
      models(first: 50) { totalCount edges { node { id name } } }
      events(first: 50) { edges { node { id name datePartial { text } } } }
    }
  `,
  render(place, context) {
    const { cite, signal } = context;
    // Shown below from the typed fields (a date, a kind, a note), claimed so that "Quan hệ" does not repeat them.
    context.related('SUCCEEDED_BY', true);
    context.related('SUCCEEDED_BY', false);
    // "hợp nhất vào Đồng Tháp (từ 1/7/2025) — 1/7/2025 (…)": the unit at the other end is named with its period.
    const succession = (s: Succession) => [
      s.kind ? `${label('SuccessionKind', s.kind)} ` : '',
      entityLink('Place', s.place),
      s.datePartial ? ` — ${formatPartial(s.datePartial)}` : '',
      s.note ? ` (${s.note})` : '',
      inferredMark(s.inferred, s.inferenceNote),
      cite(s.sources),
    ];
    return [
      facts([
        ['Cấp', label('PlaceKind', place.kind)],
        ['Thuộc', relatedList(context, 'PART_OF', true)],
        ['Có hiệu lực từ', formatPartial(place.validFromPartial)],
        ['Đến', formatPartial(place.validToPartial)],
        ['Gồm', relatedList(context, 'PART_OF', false)],
        ['Mô hình', place.models.totalCount ? refs('Model', place.models.edges.map((e) => e.node)) : modelsElsewhere(place, signal)],
        ['Tổ chức đặt tại đây', relatedList(context, 'LOCATED_IN', false)],
      ]),
      section('Trở thành', list(place.successors.map(succession))),
      section('Kế thừa từ', list(place.predecessors.map(succession))),
      section(
        'Sự kiện diễn ra tại đây',
        list(place.events.edges.map((e) => [entityLink('Event', e.node), e.node.datePartial ? ` (${formatPartial(e.node.datePartial)})` : ''])),
      ),
    ];
  },
};

/**
 * A unit with no model whose successor has some says so, with a link to
 * them: the models of the units that became a place are already its own
 * (the API follows succession backwards, decision 026), but a unit of 2020
 * does not take in what its successor of 2025 gathered. The counts come after
 * the page.
 */
function modelsElsewhere(place: Place, signal: AbortSignal): HTMLElement | null {
  const relatives = [...place.predecessors.map((s) => ({ unit: s.place, before: true })), ...place.successors.map((s) => ({ unit: s.place, before: false }))];
  if (relatives.length === 0) return null;
  const slot = h('span', { class: 'hint' }, 'chưa ghi nhận');
  void Promise.all(relatives.map((r) => countModels({ place: r.unit.id }, signal))).then(
    (counts) => {
      const found = relatives.map((r, i) => ({ ...r, count: counts[i]! })).filter((r) => r.count > 0);
      if (found.length === 0) return;
      replace(
        slot,
        'Chưa ghi nhận mô hình nào tại đơn vị này; ',
        found.map(({ unit, before, count }, i) => [
          i ? '; ' : '',
          before ? 'đơn vị trước đó, ' : 'đơn vị kế tục, ',
          entityLink('Place', unit),
          `, có ${count} mô hình (`,
          h('a', { href: `/models?place=${encodeURIComponent(unit.id)}` }, 'xem danh sách'),
          ')',
        ]),
        '.',
      );
    },
    (error: unknown) => {
      if (!isAbort(error)) slot.textContent = 'chưa ghi nhận';
    },
  );
  return slot;
}
