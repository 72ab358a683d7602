import { ApiError, isAbort, type Problem } from '../api/client.js';
import { h, replace } from '../ui/dom.js';
import { enumOptions } from '../ui/labels.js';
import { errorMessage } from '../ui/status.js';
import { reasonProblem } from './article-rules.js';
import { entityChoice } from './entity-choice.js';
import { CurateForm, selectField, textField, type Control, type FormProblem } from './form.js';
import { problemText } from './problem-text.js';
import { entityDetails, proposalSentence, resultView, STATUS_TEXT } from './proposal-words.js';
import { acceptProposal, rejectProposal, undoAcceptance, type Corrections, type Proposal } from './review-api.js';
import { dateProblem, LIMITS, normalized, textProblem } from './rules.js';

/** What a card needs of the page it is on. */
export interface CardHost {
  /** Every proposal of the article by slug: a fact's sentence names its entity proposals. */
  proposals: ReadonlyMap<string, Proposal>;
  signal: AbortSignal;
  /** A review changed the proposal: the page records it, redraws what depends on it. */
  changed(proposal: Proposal): void;
  /** The card became the one being looked at (focus or a click inside it). */
  select(card: ProposalCard): void;
  /** Its checkbox changed. */
  checkedChanged(): void;
}

/** A correction field of a fact: its control, the browser's check, and the value to send when it differs from the proposal's. */
interface CorrectionField {
  control: Control;
  check(): string | null;
  /** The corrected value, or undefined when it is the proposal's own. */
  value(): string | undefined;
}

let cards = 0;

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * One proposal on the review page: what it would write, its evidence (marked
 * in the article), its reconciliation or correction fields, and the reviews
 * it allows in its state — accept or reject while pending (a rejected one may
 * still be accepted), undo once accepted. A refusal of the API shows next to
 * the field it names, as on the other curating forms.
 */
export class ProposalCard {
  readonly element: HTMLElement;
  private readonly id = `proposal-${++cards}`;
  private readonly checkbox = h('input', { type: 'checkbox' });
  private readonly state = h('span', { class: 'proposal-status' });
  private readonly sentence = h('p', { class: 'sentence', id: `${this.id}-sentence` });
  private readonly body = h('div', { class: 'proposal-body' });
  private readonly alert = h('p', { class: 'status error', role: 'alert', hidden: true });
  private form: CurateForm | null = null;
  private rejectBox: HTMLElement | null = null;
  private rejectReason: HTMLInputElement | HTMLTextAreaElement | null = null;
  private check: () => FormProblem[] = () => [];
  private corrections: () => Corrections = () => ({});

  constructor(
    public proposal: Proposal,
    private readonly host: CardHost,
  ) {
    this.checkbox.id = `${this.id}-check`;
    this.checkbox.addEventListener('change', () => host.checkedChanged());
    this.element = h(
      'article',
      { class: 'proposal', tabindex: '-1', 'data-proposal': proposal.slug, 'aria-labelledby': this.sentence.id },
      h('header', null, h('label', { class: 'pick', for: this.checkbox.id }, this.checkbox, ' Chọn'), this.state, this.sentence),
      this.body,
      this.alert,
    );
    this.element.addEventListener('focusin', () => host.select(this));
    this.element.addEventListener('click', () => host.select(this));
    this.render();
  }

  /** Whether the proposal can be accepted now (pending, or rejected and reconsidered). */
  get acceptable(): boolean {
    return this.proposal.status !== 'ACCEPTED';
  }

  get checked(): boolean {
    return this.checkbox.checked && this.acceptable;
  }

  set checked(on: boolean) {
    this.checkbox.checked = on && this.acceptable;
  }

  /** Draws the card again for the proposal as it now stands. */
  update(proposal: Proposal): void {
    this.proposal = proposal;
    this.render();
  }

  /** Draws the sentence again: the entity proposals it names may have been reviewed. */
  refreshSentence(): void {
    replace(this.sentence, proposalSentence(this.proposal, this.host.proposals));
  }

  setCurrent(on: boolean): void {
    this.element.classList.toggle('current', on);
    if (on) this.element.setAttribute('aria-current', 'true');
    else this.element.removeAttribute('aria-current');
  }

  /** The browser's problems with the reviewer's corrections; none means `item()` may be sent. */
  problems(): FormProblem[] {
    return this.acceptable ? this.check() : [];
  }

  /** The proposal and its corrections, as acceptProposal(s) takes them. */
  item(): { proposal: string; corrections: Corrections | null } {
    const corrections = this.corrections();
    return { proposal: this.proposal.id, corrections: Object.keys(corrections).length ? corrections : null };
  }

  /** Problems to show next to their fields: the browser's (already in Vietnamese) or the API's (`translate`). */
  showProblems(problems: readonly Problem[], translate = false): void {
    const shown = translate ? problems.map((p) => ({ field: p.field, message: problemText(p.message) })) : problems;
    if (this.form) this.form.show(shown, 'Chưa chấp nhận. Hãy sửa các chỗ được đánh dấu:');
    else this.say(shown.map((p) => p.message).join(' '));
  }

  accept(): void {
    if (this.form) void this.form.submit();
  }

  startReject(): void {
    if (!this.rejectBox || !this.rejectReason) return;
    this.rejectBox.hidden = false;
    this.rejectReason.focus();
  }

  async undo(): Promise<void> {
    if (this.proposal.status !== 'ACCEPTED') return;
    this.say(null);
    try {
      this.host.changed(await undoAcceptance(this.proposal.id));
      this.element.focus();
    } catch (error) {
      if (isAbort(error)) return;
      this.say(error instanceof ApiError && error.problems.length ? `Không hoàn tác được: ${error.problems.map((p) => problemText(p.message)).join(' ')}` : `Không hoàn tác được: ${errorMessage(error)}`);
    }
  }

  private say(message: string | null): void {
    this.alert.hidden = message === null;
    this.alert.textContent = message ?? '';
  }

  private render(): void {
    const p = this.proposal;
    this.element.className = `proposal status-${p.status.toLowerCase()}${this.element.classList.contains('current') ? ' current' : ''}`;
    this.state.textContent = STATUS_TEXT[p.status];
    this.checkbox.disabled = !this.acceptable;
    if (!this.acceptable) this.checkbox.checked = false;
    this.refreshSentence();
    this.say(null);
    this.form = null;
    this.rejectBox = null;
    this.rejectReason = null;
    const meta = h(
      'p',
      { class: 'meta' },
      `Độ tin cậy ${Math.round(p.confidence * 100)}%`,
      p.evidence.length ? ` · ${p.evidence.length} đoạn trích trong bài` : ' · bài không nói thẳng',
      p.inferred ? [' · Suy luận', p.inferenceNote ? [': ', h('span', { lang: 'en' }, p.inferenceNote)] : ''] : '',
    );
    if (p.status === 'ACCEPTED') {
      const undo = h('button', { type: 'button', class: 'secondary', 'aria-keyshortcuts': 'u' }, 'Hoàn tác chấp nhận');
      undo.addEventListener('click', () => void this.undo());
      replace(this.body, entityDetails(p), meta, resultView(p), h('div', { class: 'form-actions' }, undo));
      return;
    }
    replace(this.body, entityDetails(p), meta, p.status === 'REJECTED' ? h('p', { class: 'rejected-note' }, 'Lý do từ chối: ', p.review?.reason ?? '') : null, this.acceptForm(), p.status === 'PENDING' ? this.rejectForm() : null);
  }

  /** The corrections this kind of proposal takes, and the accept and reject buttons. */
  private acceptForm(): HTMLElement {
    const p = this.proposal;
    const form = new CurateForm({
      submitLabel: 'Chấp nhận',
      check: () => this.check(),
      send: async () => this.host.changed(await acceptProposal(p.id, this.item().corrections)),
    });
    form.element.classList.remove('panel');
    form.element.setAttribute('aria-label', 'Chấp nhận đề xuất');
    if (p.kind === 'ENTITY' && p.reconciliation) {
      const choice = entityChoice(p, this.host.signal);
      form.element.append(choice.element);
      choice.controls.forEach((c) => form.register(c));
      this.check = () => choice.check();
      this.corrections = () => choice.corrections();
    } else {
      const fields = this.factFields();
      const box = h('div', { class: 'corrections' }, fields.map(([, f]) => f.control.element));
      if (fields.length) form.element.append(box);
      fields.forEach(([, f]) => form.register(f.control));
      this.check = () => fields.flatMap(([, f]) => (f.check() ? [{ field: f.control.path, message: f.check()! }] : []));
      this.corrections = () => Object.fromEntries(fields.flatMap(([key, f]) => (f.value() === undefined ? [] : [[key, f.value()!]])));
    }
    form.finish();
    const submit = form.element.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.setAttribute('aria-keyshortcuts', 'a');
    if (p.status === 'PENDING') {
      const reject = h('button', { type: 'button', class: 'secondary', 'aria-keyshortcuts': 'r' }, 'Từ chối');
      reject.addEventListener('click', () => this.startReject());
      form.element.querySelector('.form-actions')!.append(reject);
    }
    this.form = form;
    return form.element;
  }

  /** The reason asked for before a rejection is sent. */
  private rejectForm(): HTMLElement {
    const reason = textField('input.reason', 'Lý do từ chối', { required: true, hint: 'Ví dụ: nhầm người, sai chức danh, bài không nói vậy.' });
    const form = new CurateForm({
      submitLabel: 'Xác nhận từ chối',
      check: () => {
        const problem = reasonProblem(reason.value);
        return problem ? [{ field: 'input.reason', message: problem }] : [];
      },
      send: async () => {
        this.host.changed(await rejectProposal(this.proposal.id, normalized(reason.value)));
        this.element.focus();
      },
    });
    form.element.classList.remove('panel');
    form.add(reason.control).finish();
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Thôi');
    form.element.querySelector('.form-actions')!.append(cancel);
    const box = h('div', { class: 'reject-box', hidden: true }, form.element);
    const close = () => {
      box.hidden = true;
      this.element.focus();
    };
    cancel.addEventListener('click', close);
    reason.input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') close();
    });
    this.rejectBox = box;
    this.rejectReason = reason.input;
    return box;
  }

  /** A fact's fields a reviewer may correct: the title and date of a role, the role of a participation, since when of an adoption. */
  private factFields(): [string, CorrectionField][] {
    const f = this.proposal.fields;
    const text = (key: string, label: string, options: { required?: boolean; date?: boolean; hint?: string }): [string, CorrectionField] => {
      const proposed = asText(f[key]);
      const field = textField(`input.corrections.${key}`, label, { value: proposed, required: options.required, hint: options.hint, placeholder: options.date ? 'NNNN-TT-NN' : undefined });
      return [
        key,
        {
          control: field.control,
          check: () => (options.date ? dateProblem(field.value, { required: options.required }) : textProblem(field.value, { max: LIMITS.shortText, required: options.required })),
          // An emptied field keeps the proposal's value: a correction replaces, it does not remove.
          value: () => (normalized(field.value) === '' || normalized(field.value) === normalized(proposed) ? undefined : options.date ? field.value.trim() : normalized(field.value)),
        },
      ];
    };
    switch (this.proposal.kind) {
      case 'ROLE_OBSERVATION':
        return [text('title', 'Chức danh', { required: true }), text('observedAt', 'Ngày ghi nhận', { required: true, date: true, hint: 'Ghi nhận tại một sự kiện thì ghi đúng ngày của sự kiện.' })];
      case 'PARTICIPATION': {
        const proposed = asText(f.role);
        const role = selectField('input.corrections.role', 'Vai trò', enumOptions('ParticipationRole'), { value: proposed, required: true });
        return [['role', { control: role.control, check: () => (role.value ? null : 'Hãy chọn vai trò.'), value: () => (role.value === proposed ? undefined : role.value) }]];
      }
      case 'LINK':
        return f.type === 'ADOPTED_IN' ? [text('since', 'Nhân rộng từ khi', { date: true, hint: 'NNNN, NNNN-TT hoặc NNNN-TT-NN; để trống nếu bài không nói.' })] : [];
      default:
        return [];
    }
  }
}
