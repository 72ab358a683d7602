/**
 * Curating the registry from the explorer (issue 19, docs/decisions/028):
 * the forms people use to change the registry, and an entity's history.
 * Loaded on demand, as one chunk: a reader who never curates never downloads it.
 *
 * The pages
 *
 *   /new                           what a signed-in editor can add
 *   /new/model                     register-model-page.ts: a model with where and when it started,
 *                                  where it was taken up, the programs backing it, the organisation
 *                                  to contact — one registerModel, one transaction
 *   /new/person|organization|…     entity-form-page.ts: create<Kind>
 *   /:kind/:id/edit                entity-form-page.ts: update<Kind>, the fields other than names
 *   /:kind/:id/names               names-page.ts: fix the name (the old one kept as an alias), add or
 *                                  remove aliases
 *   /person/:id/role               fact-pages.ts: recordRoleObservation
 *   /person|event/:id/participation  fact-pages.ts: recordParticipation
 *   /:kind/:id/history             history-page.ts: entityHistory, before and after side by side;
 *                                  an admin's undoChange
 *   /merge?survivor=…&merged=…     merge-page.ts (admin): two entities that are one — the likely
 *                                  duplicates reconciliation finds, mergePreview, then mergeEntities
 *   /new/article                   article-page.ts: ingestArticle — an article pasted or read from a saved
 *                                  page, with its address, title, publisher and day (docs/decisions/029)
 *   /review                        review-queue-page.ts: reviewQueue, the articles taken in, newest first
 *   /review/:source                review-page.ts: the article with its evidence marked, its proposals by
 *                                  kind, each accepted (with corrections), rejected or undone, one by one
 *                                  or several at once, with keyboard shortcuts
 *
 * The pieces
 *
 *   form.ts             fields with a place for their problem, found by the API's name of the input
 *                       field; the form runs the browser's checks, sends, and shows a refusal's
 *                       problems next to their fields
 *   rules.ts            the API's checks in the browser, with its own numbers (api/write/limits.ts
 *                       and model/partial-date.ts are bundled from the repository)
 *   problem-text.ts     the API's problems (English, for programs) in Vietnamese
 *   property-text.ts    stored properties in words (history's before and after, a merge's conflicts)
 *   citation-field.ts   every write cites a source: picked by searching, or entered in place (newSources)
 *   entity-list-field.ts  several entities of a kind, each with a date when asked
 *   entity-fields.ts    what each kind's form asks, as api/write/entity-specs.ts checks it
 *   page-access.ts      a page for a role tells anyone else why not (the API refuses them regardless)
 *   writes.ts           the mutations the pages send
 *   entity-actions.ts   the links an entity page offers, by the signed-in person's role (in the
 *                       main bundle: it is small, and decides whether the rest is ever loaded)
 *   article-rules.ts    ingestArticle's checks in the browser, with the API's limits; a saved page decoded
 *                       as the API would decode it
 *   review-api.ts       the queries and mutations of review
 *   proposal-card.ts    one proposal: what it would write (proposal-words.ts), its reconciliation as a
 *                       choice (entity-choice.ts) or its correction fields, its reviews
 *   review-text.ts      the article with the evidence marked (evidence-segments.ts cuts it where
 *                       evidence starts and ends, overlaps included)
 *   review-keys.ts      the review page's keyboard shortcuts and their list
 *   property-text.ts    stored properties and values in Vietnamese (history, proposals)
 *
 * Rules every page keeps: only what the person's role allows is offered; a
 * write is sent only once the browser's checks pass, and the API checks it
 * again; each write is one mutation, so a refusal leaves nothing half-saved.
 */
import '../styles/curate.css';
import '../styles/review.css';
import { h, replace } from '../ui/dom.js';
import type { PageContext } from '../router.js';
import { setTitle } from '../ui/status.js';
import { personAllowed } from './page-access.js';

export { renderCreatePage, renderEditPage } from './entity-form-page.js';
export { renderParticipationPage, renderRolePage } from './fact-pages.js';
export { renderHistoryPage } from './history-page.js';
export { renderMergePage } from './merge-page.js';
export { renderNamesPage } from './names-page.js';
export { renderRegisterModelPage } from './register-model-page.js';
export { renderArticlePage } from './article-page.js';
export { renderReviewPage } from './review-page.js';
export { renderReviewQueuePage } from './review-queue-page.js';

/** `/new`: what an editor can add. */
export async function renderNewPage({ outlet, signal }: PageContext): Promise<void> {
  setTitle('Thêm vào sổ');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const links: [string, string, string][] = [
    ['/new/model', 'Đăng ký mô hình', 'Mô hình cùng nơi khởi nguồn, nơi nhân rộng, chương trình hỗ trợ và đầu mối liên hệ.'],
    ['/new/article', 'Thêm bài báo', 'Dán hoặc tải lên một bài báo: máy đề xuất các thông tin trong bài để bạn xét duyệt.'],
    ['/new/person', 'Thêm nhân vật', 'Một người được nêu tên trong nguồn.'],
    ['/new/organization', 'Thêm tổ chức', 'Một cơ quan, đơn vị trong hệ thống chính trị.'],
    ['/new/event', 'Thêm sự kiện', 'Hội nghị, giao ban, lễ ký kết…'],
    ['/new/program', 'Thêm chương trình', 'Chương trình, kế hoạch phối hợp.'],
  ];
  replace(
    outlet,
    h('h1', null, 'Thêm vào sổ'),
    h('p', { class: 'hint' }, 'Chức danh và việc tham dự sự kiện được ghi nhận từ trang của nhân vật; sửa thông tin từ trang của từng mục.'),
    h('ul', { class: 'new-list' }, links.map(([href, label, what]) => h('li', null, h('a', { href, class: 'button' }, label), ' ', h('span', { class: 'hint' }, what)))),
    h('p', null, h('a', { href: '/review' }, 'Hàng chờ xét duyệt'), ': các bài đã đưa vào và đề xuất của chúng.'),
  );
}
