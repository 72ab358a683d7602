import { ApiError, isAbort } from '../api/client.js';
import { LIMITS as READ_LIMITS } from '../api/limits.js';
import type { PageContext } from '../router.js';
import { formatDateText } from '../ui/dates.js';
import { h, replace } from '../ui/dom.js';
import { entityUrl } from '../ui/kinds.js';
import { errorMessage, errorPage, failurePage, loading, setTitle } from '../ui/status.js';
import { takenInSummary } from './article-page.js';
import { personAllowed } from './page-access.js';
import { ProposalCard } from './proposal-card.js';
import { KIND_HEADINGS } from './proposal-words.js';
import { acceptProposals, loadReview, type Proposal, type ProposalKind } from './review-api.js';
import { listenForShortcuts, shortcutHelp, type ShortcutKey } from './review-keys.js';
import { articleView } from './review-text.js';

const KINDS: ProposalKind[] = ['ENTITY', 'ROLE_OBSERVATION', 'PARTICIPATION', 'LINK'];

/**
 * `/review/:source`: an article taken in and what it proposes. The article on
 * one side with every proposal's evidence marked, the proposals on the other
 * grouped by kind; each is accepted (with corrections), rejected with a reason
 * or, once accepted, undone, one by one or several at once; the progress and
 * the keyboard shortcuts stay in view. Every review is one mutation and its
 * answer is the proposal as it now stands, which the page draws again
 * together with the facts that name it.
 */
export async function renderReviewPage({ params, outlet, signal }: PageContext): Promise<void> {
  setTitle('Xét duyệt bài');
  if (!(await personAllowed(outlet, 'editor', signal))) return;
  const sourceId = params[0] ?? '';
  if (sourceId.length > READ_LIMITS.id) return notFound(outlet);
  replace(outlet, loading('Đang tải bài và các đề xuất…'));
  let loaded: Awaited<ReturnType<typeof loadReview>>;
  try {
    loaded = await loadReview(sourceId, signal);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return notFound(outlet);
    return failurePage(outlet, error, 'Không tải được bài để xét duyệt');
  }
  if (!loaded) return notFound(outlet);
  const { source } = loaded;
  setTitle('Xét duyệt', source.title);

  const proposals = new Map(loaded.proposals.map((p) => [p.slug, p]));
  const progressText = h('p', { class: 'progress-text', role: 'status' });
  const progressBar = h('progress', { 'aria-hidden': 'true' });
  const batchStatus = h('p', { class: 'batch-status', role: 'status' });
  const acceptChecked = h('button', { type: 'button', 'aria-keyshortcuts': 'Shift+A' }, 'Chấp nhận các đề xuất đã chọn');
  const checkAll = h('button', { type: 'button', class: 'secondary' }, 'Chọn mọi đề xuất chờ xét');
  const uncheckAll = h('button', { type: 'button', class: 'secondary' }, 'Bỏ chọn');
  const help = shortcutHelp();
  help.id = 'shortcuts';
  // Shown where a keyboard is likely (a tablet or wider); a phone shows it when asked.
  help.hidden = !matchMedia('(min-width: 48rem)').matches;
  const helpToggle = h('button', { type: 'button', class: 'secondary', 'aria-expanded': String(!help.hidden), 'aria-controls': 'shortcuts', 'aria-keyshortcuts': '?' }, 'Phím tắt');

  let current: ProposalCard | null = null;
  const cards: ProposalCard[] = [];
  const text = articleView(source.text ?? '', loaded.proposals, (slug) => {
    const card = cards.find((c) => c.proposal.slug === slug);
    if (card) choose(card, { focus: true });
  });

  function progress(): void {
    const all = [...proposals.values()];
    const reviewed = all.filter((p) => p.status !== 'PENDING').length;
    progressText.textContent = `${reviewed} trên ${all.length} đã xem xét (${all.filter((p) => p.status === 'ACCEPTED').length} chấp nhận, ${all.filter((p) => p.status === 'REJECTED').length} từ chối)`;
    progressBar.max = Math.max(all.length, 1);
    progressBar.value = reviewed;
    const checked = cards.filter((c) => c.checked).length;
    acceptChecked.textContent = checked ? `Chấp nhận ${checked} đề xuất đã chọn` : 'Chấp nhận các đề xuất đã chọn';
    acceptChecked.disabled = checked === 0;
    for (const kind of KINDS) {
      const heading = outlet.querySelector(`[data-kind-count="${kind}"]`);
      const ofKind = all.filter((p) => p.kind === kind);
      if (heading) heading.textContent = `(${ofKind.filter((p) => p.status !== 'PENDING').length}/${ofKind.length} đã xem xét)`;
    }
  }

  function choose(card: ProposalCard, options: { focus: boolean }): void {
    if (current !== card) {
      current?.setCurrent(false);
      current = card;
      card.setCurrent(true);
      text.highlight(card.proposal.slug);
    }
    if (options.focus) {
      card.element.focus({ preventScroll: true });
      card.element.scrollIntoView({ block: 'nearest' });
    }
  }

  const host = {
    proposals,
    signal,
    changed(proposal: Proposal) {
      proposals.set(proposal.slug, proposal);
      for (const card of cards) {
        if (card.proposal.slug === proposal.slug) card.update(proposal);
        else if (card.proposal.kind !== 'ENTITY' && Object.values(card.proposal.fields).includes(proposal.slug)) card.refreshSentence();
      }
      progress();
    },
    select: (card: ProposalCard) => choose(card, { focus: false }),
    checkedChanged: progress,
  };
  for (const kind of KINDS) for (const p of loaded.proposals) if (p.kind === kind) cards.push(new ProposalCard(p, host));

  async function acceptAllChecked(): Promise<void> {
    const chosen = cards.filter((c) => c.checked);
    if (chosen.length === 0) return;
    const ready = chosen.filter((card) => {
      const problems = card.problems();
      if (problems.length) card.showProblems(problems);
      return problems.length === 0;
    });
    const held = chosen.length - ready.length;
    if (ready.length === 0) {
      batchStatus.textContent = `Chưa gửi: ${held} đề xuất cần sửa (xem ghi chú ở từng đề xuất).`;
      return;
    }
    acceptChecked.disabled = true;
    batchStatus.textContent = `Đang chấp nhận ${ready.length} đề xuất…`;
    try {
      const items = await acceptProposals(ready.map((c) => c.item()));
      let refused = 0;
      items.forEach((item, i) => {
        const card = ready[i]!;
        if (item.proposal) host.changed(item.proposal);
        if (!item.accepted) {
          refused += 1;
          card.showProblems(item.problems.map((p) => ({ field: p.field.replace(/^input\.items\[\d+\]\./, 'input.'), message: p.message })), true);
        }
      });
      const accepted = items.length - refused;
      batchStatus.textContent = `Đã chấp nhận ${accepted} trên ${chosen.length} đề xuất đã chọn${refused + held ? `; ${refused + held} chưa được chấp nhận (xem ghi chú ở từng đề xuất)` : ''}.`;
    } catch (error) {
      if (isAbort(error)) return;
      // A malformed item refuses the whole call: its problems name it by its place in the list.
      if (error instanceof ApiError && error.problems.length) {
        ready.forEach((card, i) => {
          const mine = error.problems.filter((p) => p.field.startsWith(`input.items[${i}]`));
          if (mine.length) card.showProblems(mine.map((p) => ({ field: p.field.replace(/^input\.items\[\d+\]\./, 'input.'), message: p.message })), true);
        });
        batchStatus.textContent = 'Chưa chấp nhận đề xuất nào: máy chủ từ chối một số mục (xem ghi chú ở từng đề xuất).';
      } else batchStatus.textContent = `Chưa chấp nhận đề xuất nào: ${errorMessage(error)}`;
    } finally {
      progress();
    }
  }

  acceptChecked.addEventListener('click', () => void acceptAllChecked());
  checkAll.addEventListener('click', () => {
    for (const card of cards) card.checked = card.proposal.status === 'PENDING';
    progress();
  });
  uncheckAll.addEventListener('click', () => {
    for (const card of cards) card.checked = false;
    progress();
  });
  const toggleHelp = () => {
    help.hidden = !help.hidden;
    helpToggle.setAttribute('aria-expanded', String(!help.hidden));
  };
  helpToggle.addEventListener('click', toggleHelp);

  listenForShortcuts(signal, (key: ShortcutKey) => {
    const at = current ? cards.indexOf(current) : -1;
    if (key === 'j' || key === 'k') {
      const next = cards[key === 'j' ? Math.min(at + 1, cards.length - 1) : Math.max(at - 1, 0)];
      if (next) choose(next, { focus: true });
    } else if (key === '?') toggleHelp();
    else if (key === 'A') void acceptAllChecked();
    else if (current && key === 'a') current.accept();
    else if (current && key === 'r') current.startReject();
    else if (current && key === 'u') void current.undo();
    else if (current && key === 'x') {
      current.checked = !current.checked;
      progress();
    }
  });

  const published = source.publishedAt ? formatDateText(source.publishedAt) : null;
  const outcome = takenInSummary(source.id);
  replace(
    outlet,
    h(
      'header',
      { class: 'review-header' },
      h('p', { class: 'crumbs' }, h('a', { href: '/review' }, 'Hàng chờ xét duyệt')),
      h('h1', null, 'Xét duyệt: ', source.title),
      h(
        'p',
        { class: 'meta' },
        [source.publisher, published ? `đăng ngày ${published}` : null].filter(Boolean).join(', '),
        source.url ? [' · ', h('a', { href: source.url, rel: 'noopener noreferrer', 'data-external': '' }, 'Bài gốc')] : '',
        ' · ',
        h('a', { href: entityUrl('Source', source.id) }, 'Trang nguồn trong sổ'),
      ),
      outcome ? h('p', { class: 'status taken-in', role: 'status' }, outcome) : null,
      h('div', { class: 'progress' }, progressText, progressBar),
    ),
    h('div', { class: 'review-toolbar' }, acceptChecked, checkAll, uncheckAll, helpToggle, batchStatus),
    help,
    h(
      'div',
      { class: 'review-layout' },
      h('section', { class: 'article-panel', 'aria-labelledby': 'article-heading' }, h('h2', { id: 'article-heading' }, 'Bài viết'), text.element),
      h(
        'div',
        { class: 'proposal-panel' },
        cards.length === 0 ? h('p', { class: 'hint' }, 'Bài này không có đề xuất nào.') : null,
        KINDS.map((kind) => {
          const ofKind = cards.filter((c) => c.proposal.kind === kind);
          if (ofKind.length === 0) return null;
          return h(
            'section',
            { class: 'proposal-group', 'aria-labelledby': `group-${kind}` },
            h('h2', { id: `group-${kind}` }, KIND_HEADINGS[kind], ' ', h('span', { class: 'group-count', 'data-kind-count': kind })),
            ofKind.map((c) => c.element),
          );
        }),
      ),
    ),
  );
  progress();
}

function notFound(outlet: HTMLElement): void {
  errorPage(outlet, 'Không tìm thấy bài', 'Địa chỉ này không dẫn tới bài nào đã được đưa vào để xét duyệt. ', h('a', { href: '/review' }, 'Xem hàng chờ xét duyệt'), '.');
}
