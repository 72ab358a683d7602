/**
 * What the period of a place or an organisation is derived from
 * (ui/names.ts). Places and organisations that succeed one another may share
 * a name (the Đồng Tháp of 2021 and the one formed on 1/7/2025), so wherever
 * one is shown its period is shown with its name.
 *
 * Selected inline, never as named fragments: the server's cost limit (GraphQL
 * Armor) weighs every level of nesting, a fragment spread and its definition
 * counting as two. A query selects the period where it is shallow (the
 * entity of a page, search results, the nodes of a graph); references deep
 * in a page (relationships, facts of a registry card) are links whose
 * periods come in one request afterwards (ui/links.ts, api/periods.ts).
 */
export const PERIOD = 'validFromPartial { text } validToPartial { text } successors { datePartial { text } } predecessors { datePartial { text } }';

/** Any entity, by interface: its kind, id and name, and a period when it has one. */
export const ENTITY_REF = `__typename id name ... on Place { ${PERIOD} } ... on Organization { ${PERIOD} }`;
/** A place whose kind the field already fixes. */
export const PLACE_REF = `id name ${PERIOD}`;
/** An organisation whose kind the field already fixes. */
export const ORGANIZATION_REF = `id name ${PERIOD}`;
