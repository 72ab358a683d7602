import { navigate, type PageContext } from '../router.js';
import { h, replace } from '../ui/dom.js';
import { setTitle } from '../ui/status.js';
import { ARTICLE_LIMITS, articleUrlProblem, contentProblem, decodePage, fileFormat, fileProblem, publishedAtProblem } from './article-rules.js';
import { CurateForm, customControl, textField, type FormProblem } from './form.js';
import { personAllowed } from './page-access.js';
import { KIND_HEADINGS } from './proposal-words.js';
import { ingestArticle, type IngestOutcome } from './review-api.js';
import { LIMITS, normalized, textProblem } from './rules.js';

/** What the last article taken in gave, by its Source's id, for the review page to say once. */
const takenIn = new Map<string, IngestOutcome>();

/** The review page's first words after an article is taken in: what was proposed and what the registry already held. Said once. */
export function takenInSummary(sourceId: string): string | null {
  const outcome = takenIn.get(sourceId);
  if (!outcome) return null;
  takenIn.delete(sourceId);
  const added = outcome.proposed.reduce((n, p) => n + p.count, 0);
  const byKind = outcome.proposed.filter((p) => p.count > 0).map((p) => `${p.count} ${KIND_HEADINGS[p.kind].toLowerCase()}`);
  const entities = `Đối chiếu với sổ: ${outcome.matchedEntities} đối tượng đã có, ${outcome.ambiguousEntities} cần chọn, ${outcome.newEntities} mới.`;
  return outcome.sourceCreated
    ? `Đã nhận bài: ${added} đề xuất${byKind.length ? ` (${byKind.join(', ')})` : ''}. ${entities}`
    : `Bài này đã được đưa vào trước đây: ${added} đề xuất mới, ${outcome.alreadyProposed} đề xuất đã có giữ nguyên trạng thái. ${entities}`;
}

/** What the reviewer gave: pasted text, or a saved page read from a file. */
interface Content {
  text: string;
  format: 'HTML' | 'TEXT';
  /** A problem found reading the file, in Vietnamese. */
  problem: string | null;
}

/**
 * `/new/article`: an article to take in — its text pasted, or a saved web page
 * read in the browser (FileReader: nothing leaves the machine but the request
 * to this API) — with its address, title, publisher and publication day,
 * checked with the API's own limits before it is sent. On success the review
 * page of its Source opens, saying what was proposed.
 */
export async function renderArticlePage({ outlet, signal }: PageContext): Promise<void> {
  setTitle('Thêm bài báo để xét duyệt');
  if (!(await personAllowed(outlet, 'editor', signal))) return;

  let file: Content | null = null;
  const mode = (value: string, text: string, checked: boolean) => {
    const input = h('input', { type: 'radio', name: 'article-mode', value, id: `article-mode-${value}`, checked });
    return { input, element: h('p', { class: 'check' }, input, ' ', h('label', { for: input.id }, text)) };
  };
  const paste = mode('paste', 'Dán nội dung bài', true);
  const upload = mode('file', 'Tải lên trang web đã lưu (.html) hoặc tệp văn bản (.txt)', false);
  const pasted = h('textarea', { id: 'article-text', rows: '12', 'aria-label': 'Nội dung bài' });
  const chooser = h('input', { type: 'file', id: 'article-file', accept: '.html,.htm,.txt,text/html,text/plain', 'aria-label': 'Tệp của bài', hidden: true });
  const fileNote = h('p', { class: 'hint', role: 'status' });
  const limits = `Tối đa ${ARTICLE_LIMITS.maxInputBytes / 1024 / 1024} MB; phần chữ của bài tối đa ${ARTICLE_LIMITS.maxTextChars.toLocaleString('vi-VN')} ký tự.`;
  const hint = h('p', { class: 'hint', id: 'article-content-hint' }, 'Chỉ phần chữ của bài được giữ lại (trang web: phần thân bài, bỏ trình đơn và quảng cáo). ', limits);
  pasted.setAttribute('aria-describedby', hint.id);
  chooser.setAttribute('aria-describedby', `${hint.id} article-file-note`);
  fileNote.id = 'article-file-note';
  const contentBox = h('fieldset', { class: 'form-group' }, h('legend', null, 'Nội dung bài *'), paste.element, upload.element, pasted, chooser, fileNote, hint);
  const content = customControl('input.content', contentBox, pasted);
  chooser.setAttribute('aria-describedby', `${chooser.getAttribute('aria-describedby')} ${content.error.id}`);
  const showMode = () => {
    const fromFile = upload.input.checked;
    pasted.hidden = fromFile;
    chooser.hidden = !fromFile;
    fileNote.hidden = !fromFile;
    // A problem of the content is shown on, and focuses, what the reviewer is using.
    content.focusable = fromFile ? chooser : pasted;
  };
  contentBox.addEventListener('change', (event) => {
    if (event.target === paste.input || event.target === upload.input) showMode();
  });
  chooser.addEventListener('change', () => {
    const chosen = chooser.files?.[0];
    file = null;
    fileNote.textContent = '';
    if (!chosen) return;
    const tooBig = fileProblem(chosen);
    if (tooBig) {
      file = { text: '', format: fileFormat(chosen.name), problem: tooBig };
      fileNote.textContent = tooBig;
      return;
    }
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const decoded = decodePage(new Uint8Array(reader.result as ArrayBuffer), fileFormat(chosen.name) === 'HTML');
      file = 'text' in decoded ? { text: decoded.text, format: fileFormat(chosen.name), problem: null } : { text: '', format: fileFormat(chosen.name), problem: decoded.problem };
      fileNote.textContent = 'text' in decoded ? `Đã đọc tệp ${chosen.name} (${Math.ceil(chosen.size / 1024)} KB).` : decoded.problem;
    });
    reader.addEventListener('error', () => {
      file = { text: '', format: fileFormat(chosen.name), problem: 'Không đọc được tệp này.' };
      fileNote.textContent = file.problem;
    });
    file = { text: '', format: fileFormat(chosen.name), problem: 'Tệp đang được đọc: hãy đợi một chút rồi gửi lại.' };
    fileNote.textContent = `Đang đọc tệp ${chosen.name}…`;
    reader.readAsArrayBuffer(chosen);
  });
  showMode();

  const url = textField('input.url', 'Địa chỉ bài (URL)', { inputMode: 'url', placeholder: 'https://…', hint: 'Nơi bài được đăng. Đưa lại cùng một địa chỉ sẽ mở lại bài đã có, không tạo bài mới.' });
  const title = textField('input.title', 'Tiêu đề', { hint: 'Để trống để dùng tiêu đề của bài (dòng đầu của nội dung dán vào, hoặc tiêu đề của trang).' });
  const publisher = textField('input.publisher', 'Cơ quan xuất bản', { hint: 'Ví dụ: Báo Đồng Tháp.' });
  const publishedAt = textField('input.publishedAt', 'Ngày đăng', { placeholder: 'NNNN-TT-NN', hint: 'Ví dụ 2024-05-15; không sau hôm nay. Để trống để dùng ngày trang ghi.' });
  const working = h('p', { class: 'status', role: 'status' });

  const current = (): Content => (upload.input.checked ? (file ?? { text: '', format: 'HTML', problem: 'Hãy chọn tệp của bài.' }) : { text: pasted.value, format: 'TEXT', problem: null });
  const form = new CurateForm({
    submitLabel: 'Đưa bài vào và xem đề xuất',
    check() {
      const problems: FormProblem[] = [];
      const put = (field: string, message: string | null) => message && problems.push({ field, message });
      const given = current();
      put('input.content', given.problem ?? contentProblem(given.text));
      put('input.url', articleUrlProblem(url.value));
      put('input.title', textProblem(title.value, { max: LIMITS.name }));
      put('input.publisher', textProblem(publisher.value, { max: LIMITS.shortText }));
      put('input.publishedAt', publishedAtProblem(publishedAt.value));
      return problems;
    },
    async send() {
      const given = current();
      const optional = (value: string) => (normalized(value) ? normalized(value) : undefined);
      working.textContent = 'Đang đọc bài, tìm các thông tin và đối chiếu với sổ…';
      try {
        const outcome = await ingestArticle({
          content: given.text,
          format: given.format,
          url: optional(url.value),
          title: optional(title.value),
          publisher: optional(publisher.value),
          publishedAt: publishedAt.value.trim() || undefined,
        });
        takenIn.set(outcome.source.id, outcome);
        navigate(`/review/${encodeURIComponent(outcome.source.id)}`);
      } finally {
        working.textContent = '';
      }
    },
  });
  form.add(content, url.control, title.control, publisher.control, publishedAt.control, working);
  replace(
    outlet,
    h('p', { class: 'crumbs' }, h('a', { href: '/review' }, 'Hàng chờ xét duyệt')),
    h('h1', null, 'Thêm bài báo để xét duyệt'),
    h('p', { class: 'hint' }, 'Máy chủ đọc bài, tìm người, tổ chức, sự kiện, chức danh và quan hệ được nêu, đối chiếu với sổ, rồi đề xuất từng thông tin để bạn chấp nhận hoặc từ chối. Chưa có gì được ghi vào sổ trước khi bạn chấp nhận.'),
    form.finish(),
  );
}
