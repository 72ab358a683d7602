import { ApiError, isAbort, type Problem } from '../api/client.js';
import { h, replace, type Child } from '../ui/dom.js';
import { problemText } from './problem-text.js';

/**
 * The pieces every curating form is made of: labelled fields, each with the
 * place where its problem shows (`aria-describedby`, `aria-invalid`), found by
 * the API's name for the input field (`input.name`, `input.adoptions[1].since`)
 * so that a problem the API reports lands next to the field it is about, as a
 * problem the browser finds does.
 */
export interface Control {
  /** The API's name of the input field. */
  path: string;
  element: HTMLElement;
  /** What gets the focus when the field has a problem. */
  focusable: HTMLElement;
  error: HTMLElement;
}

let fields = 0;

/** A field's frame: the label, the control, a hint, and the problem's place. */
function frame(path: string, label: string, control: HTMLElement, hint?: string): Control {
  const id = `f-${++fields}`;
  const hintId = hint ? `${id}-hint` : null;
  const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  control.id = id;
  control.setAttribute('aria-describedby', [hintId, error.id].filter(Boolean).join(' '));
  const element = h('div', { class: 'form-field', 'data-field': path }, h('label', { for: id }, label), control, hint ? h('p', { id: hintId!, class: 'hint' }, hint) : null, error);
  return { path, element, focusable: control, error };
}

export interface TextField {
  control: Control;
  input: HTMLInputElement | HTMLTextAreaElement;
  readonly value: string;
}

export function textField(path: string, label: string, options: { value?: string | null; required?: boolean; multiline?: boolean; hint?: string; max?: number; inputMode?: string; placeholder?: string } = {}): TextField {
  const input = options.multiline ? h('textarea', { rows: '4' }) : h('input', { type: 'text', inputmode: options.inputMode ?? null, placeholder: options.placeholder ?? null });
  input.value = options.value ?? '';
  if (options.required) input.setAttribute('aria-required', 'true');
  const control = frame(path, options.required ? `${label} *` : label, input, options.hint);
  return {
    control,
    input,
    get value() {
      return input.value;
    },
  };
}

export interface SelectField {
  control: Control;
  select: HTMLSelectElement;
  readonly value: string;
}

export function selectField(path: string, label: string, choices: [string, string][], options: { value?: string | null; required?: boolean; empty?: string } = {}): SelectField {
  const select = h('select', null, h('option', { value: '' }, options.empty ?? (options.required ? '— chọn —' : '— không rõ —')), choices.map(([value, text]) => h('option', { value }, text)));
  select.value = options.value ?? '';
  if (options.required) select.setAttribute('aria-required', 'true');
  const control = frame(path, options.required ? `${label} *` : label, select);
  return {
    control,
    select,
    get value() {
      return select.value;
    },
  };
}

/** A field made elsewhere (a picker, a list) that shows its problems like the others. */
export function customControl(path: string, element: HTMLElement, focusable: HTMLElement): Control {
  const error = h('p', { id: `f-${++fields}-error`, class: 'field-error', hidden: true });
  const describedBy = focusable.getAttribute('aria-describedby');
  focusable.setAttribute('aria-describedby', [describedBy, error.id].filter(Boolean).join(' '));
  element.classList.add('form-field');
  element.dataset.field = path;
  element.append(error);
  return { path, element, focusable, error };
}

/** A problem found by the browser: the API's field name and the message in Vietnamese. */
export type FormProblem = Problem;

/**
 * A form with its fields and the summary of its problems. `submit` runs the
 * browser's checks, and only when they all pass sends the write; a refusal of
 * the API puts each problem next to its field. Nothing is sent twice while a
 * write is on the way.
 */
export class CurateForm {
  readonly element: HTMLFormElement;
  private readonly controls = new Map<string, Control>();
  private readonly summary = h('div', { class: 'form-summary', role: 'alert', hidden: true });
  private readonly button: HTMLButtonElement;
  private busy = false;

  constructor(
    private readonly options: {
      submitLabel: string;
      /** The browser's checks: every problem, each under the API's name of its field. */
      check(): FormProblem[];
      /** Sends the write; resolves when it is saved. */
      send(): Promise<void>;
      /** Fields made after the form (a list's items), asked for whenever problems are shown. */
      dynamic?(): Control[];
    },
  ) {
    this.button = h('button', { type: 'submit' }, options.submitLabel);
    this.element = h('form', { class: 'curate-form panel', novalidate: true });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  /** Adds fields (or any element) to the form; controls get their problems by path. */
  add(...children: (Control | Child)[]): this {
    for (const child of children) {
      if (child && typeof child === 'object' && 'path' in child && 'focusable' in child) {
        this.controls.set(child.path, child);
        this.element.append(child.element);
      } else {
        const holder = h('div', null, child as Child);
        this.element.append(...holder.childNodes);
      }
    }
    return this;
  }

  register(control: Control): void {
    this.controls.set(control.path, control);
  }

  /** Puts the summary and the button at the end; call once every field is in. */
  finish(): HTMLFormElement {
    this.element.append(this.summary, h('div', { class: 'form-actions' }, this.button));
    return this.element;
  }

  clear(): void {
    for (const control of [...this.controls.values(), ...(this.options.dynamic?.() ?? [])]) {
      control.error.hidden = true;
      control.error.textContent = '';
      control.focusable.removeAttribute('aria-invalid');
    }
    this.summary.hidden = true;
    replace(this.summary);
  }

  /** The field a problem is about: its path, else the nearest enclosing one (`input.adoptions[1].place` → `input.adoptions`). */
  private controlFor(path: string): Control | null {
    const dynamic = new Map((this.options.dynamic?.() ?? []).map((c) => [c.path, c]));
    for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
      const control = this.controls.get(p) ?? dynamic.get(p);
      if (control) return control;
      if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
    }
    return null;
  }

  show(problems: readonly FormProblem[], heading = 'Chưa lưu. Hãy sửa các chỗ được đánh dấu:'): void {
    this.clear();
    const elsewhere: string[] = [];
    let first: Control | null = null;
    for (const problem of problems) {
      const control = this.controlFor(problem.field);
      if (!control) {
        elsewhere.push(problem.message);
        continue;
      }
      control.error.textContent = control.error.textContent ? `${control.error.textContent} ${problem.message}` : problem.message;
      control.error.hidden = false;
      control.focusable.setAttribute('aria-invalid', 'true');
      first ??= control;
    }
    replace(this.summary, h('p', null, heading), elsewhere.length ? h('ul', null, elsewhere.map((m) => h('li', null, m))) : null);
    this.summary.hidden = false;
    first?.focusable.focus();
  }

  async submit(): Promise<void> {
    if (this.busy) return;
    const found = this.options.check();
    if (found.length > 0) {
      this.show(found);
      return;
    }
    this.clear();
    this.busy = true;
    this.button.disabled = true;
    try {
      await this.options.send();
    } catch (error) {
      if (isAbort(error)) return;
      if (error instanceof ApiError && error.problems.length > 0) {
        this.show(error.problems.map((p) => ({ field: p.field, message: problemText(p.message) })));
      } else if (error instanceof ApiError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
        this.show([], 'Chưa lưu: tài khoản của bạn không được phép làm việc này, hoặc phiên đăng nhập đã hết. Hãy đăng nhập lại.');
      } else {
        this.show([], `Chưa lưu: ${error instanceof ApiError ? error.message : 'đã có lỗi không mong đợi.'}`);
      }
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }
}

/** A group of fields under a heading (a fieldset with its legend). */
export function group(legend: string, ...children: Child[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'form-group' }, h('legend', null, legend), ...children);
}
