/// <reference lib="dom" />
import type { Site } from '../../core/contract/sheets';
import type { Lang } from '../../core/i18n';
import { ServerError, ServerTimeoutError } from '../bridge';

/**
 * What the sidebars of forms share: building elements, the busy state, messages in words,
 * labelled fields with their own error line, and the look of form controls when Google's
 * add-ons stylesheet cannot load.
 */

type Child = Node | string | null | undefined | false;

/** An element with text, a class and attributes; children are appended in order. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { text?: string; className?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The element of an id the page's markup holds. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node as T;
}

/** The data a menu action embedded in the page when it opened it, if any. */
export function embeddedData<T>(): T | null {
  const text = document.getElementById('server-data')?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Sets the page's language, so that screen readers speak it right. */
export function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Speaks the view's language and shows its title, and the intro line (#intro) if given. */
export function showHeading(lang: Lang, title: string, intro?: string): void {
  setLanguage(lang);
  byId('title').textContent = title;
  if (intro !== undefined) byId('intro').textContent = intro;
}

/** What a failed call tells the person: the server's own words, or what happened on the way. */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof ServerTimeoutError) {
    const seconds = Math.round(error.timeoutMs / 1000);
    return lang === 'zh'
      ? `服务器 ${seconds} 秒内没有回应。操作可能仍在进行：请稍后查看表格，再决定是否重试。`
      : `The server did not answer within ${seconds} s. The action may still be running: ` +
          'look at the sheet in a moment before trying again.';
  }
  if (error instanceof ServerError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `start` once the parser has read the whole page, embedded data included. */
export function whenReady(start: () => Promise<void>): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => void start());
  } else {
    void start();
  }
}

/** The sites ticked in the page's #sites list, in the list's order. */
export function checkedSites(): Site[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('#sites input:checked')).map(
    (input) => input.value as Site,
  );
}

/** Shows `done` of `total` in the page's progress bar (#progress); a total of 0 hides it. */
export function showProgress(done: number, total: number): void {
  const bar = byId('progress');
  bar.hidden = total === 0;
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuenow', String(done));
  byId('progress-bar').style.width = `${total === 0 ? 0 : Math.round((done / total) * 100)}%`;
}

/** Closes the sidebar (Google's host closes it; a page opened alone has nothing to close). */
export function closeSidebar(): void {
  const google = (globalThis as { google?: { script?: { host?: { close(): void } } } }).google;
  google?.script?.host?.close();
}

/**
 * A page's status line, error line and busy state. While busy the page's buttons and fields
 * are disabled (they keep what was typed), `aria-busy` is set and the status says what runs.
 */
export class PageState {
  private busyNow = false;

  constructor(
    private readonly main: HTMLElement,
    private readonly status: HTMLElement,
    private readonly error: HTMLElement,
  ) {}

  get busy(): boolean {
    return this.busyNow;
  }

  /**
   * Shows what is running and, unless `lock` is false (a page that answers as you type),
   * locks the controls until `idle`.
   */
  start(text: string, lock = true): void {
    this.busyNow = true;
    this.main.setAttribute('aria-busy', 'true');
    this.status.className = 'status busy';
    this.status.textContent = text;
    this.status.hidden = false;
    this.showError('');
    if (!lock) return;
    for (const control of this.controls()) {
      if (!control.disabled) {
        control.disabled = true;
        control.dataset.busyLocked = 'true';
      }
    }
  }

  /** Unlocks the controls, leaving their values as they are, and shows a closing line. */
  idle(text = ''): void {
    this.busyNow = false;
    this.main.setAttribute('aria-busy', 'false');
    for (const control of this.controls()) {
      if (control.dataset.busyLocked) {
        control.disabled = false;
        delete control.dataset.busyLocked;
      }
    }
    this.say(text);
  }

  /** A line in the status area (empty hides it). */
  say(text: string, kind: 'info' | 'done' = 'info'): void {
    this.status.className = kind === 'done' ? 'status done' : 'status gray';
    this.status.textContent = text;
    this.status.hidden = text === '';
  }

  /** The error line: what went wrong, in words (empty hides it). */
  showError(text: string): void {
    this.error.textContent = text;
    this.error.hidden = text === '';
  }

  /** Ends a failed action: controls unlocked with what was typed, the reason shown. */
  fail(text: string): void {
    this.idle('');
    this.showError(text);
  }

  private controls(): Array<HTMLButtonElement | HTMLInputElement | HTMLSelectElement> {
    return Array.from(this.main.querySelectorAll('button, input, select, textarea'));
  }
}

/** The state of a page whose markup holds #page (the main), #status and #error. */
export function pageState(): PageState {
  return new PageState(byId('page'), byId('status'), byId('error'));
}

/** What a page of forms does as it opens: load its view, then say what it says at rest. */
export interface PageOpening {
  /** The page's status line, error line and busy state. */
  state: PageState;
  /** What could not load, in both languages: the server has not yet said which to speak. */
  failed: string;
  /** Loads and shows the page's view; what it returns stays in the status line. */
  load(): Promise<string | void>;
  /** Runs once the loaded page is unlocked: for controls that stay off until a choice. */
  opened?(): void;
}

/**
 * Opens a page of forms once its markup is read: the shared form styles, the close button,
 * and the view loaded while the status says "Loading…".
 */
export function openPage(opening: PageOpening): void {
  const { state, failed, load, opened } = opening;
  whenReady(async () => {
    addFormStyles();
    byId('close').addEventListener('click', closeSidebar);
    state.start('加载中… Loading…');
    try {
      state.idle((await load()) ?? '');
      opened?.();
    } catch (error) {
      state.fail(`${failed} ${failureText(error, 'en')}`);
    }
  });
}

/**
 * A labelled field: the label names the control for screen readers, the hint and the error
 * line are read with it (`aria-describedby`), and the error line is where `setProblem` writes.
 */
export function field(id: string, label: string, control: HTMLElement, hint = ''): HTMLElement {
  control.id = id;
  const described = [`${id}-error`];
  const parts: HTMLElement[] = [element('label', { text: label, attrs: { for: id } }), control];
  if (hint) {
    parts.push(element('p', { text: hint, className: 'hint gray', attrs: { id: `${id}-hint` } }));
    described.unshift(`${id}-hint`);
  }
  parts.push(element('p', { className: 'field-error error', attrs: { id: `${id}-error` } }));
  control.setAttribute('aria-describedby', described.join(' '));
  return element('div', { className: 'form-group' }, ...parts);
}

/** Marks a field wrong with the reason under it, or clears it (null). */
export function setProblem(control: HTMLElement, problem: string | null): void {
  const line = document.getElementById(`${control.id}-error`);
  if (problem) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  if (line) line.textContent = problem ?? '';
}

/** A text box. */
export function textInput(value = '', attrs: Record<string, string> = {}): HTMLInputElement {
  const input = element('input', { attrs: { type: 'text', autocomplete: 'off', ...attrs } });
  input.value = value;
  return input;
}

/** A drop-down list of options (value and what the person reads). */
export function selectInput(
  options: ReadonlyArray<{ value: string; label: string }>,
  selected = '',
): HTMLSelectElement {
  const select = element('select');
  for (const option of options) {
    const item = element('option', { text: option.label, attrs: { value: option.value } });
    if (option.value === selected) item.selected = true;
    select.append(item);
  }
  return select;
}

/** A checkbox with its label after it, the whole line clickable. */
export function checkbox(id: string, label: string, checked = false): HTMLLabelElement {
  const box = element('input', { attrs: { type: 'checkbox', id } });
  box.checked = checked;
  return element('label', { className: 'check', attrs: { for: id } }, box, ` ${label}`);
}

/** A button; `primary` is the blue one, the page's main action. */
export function button(text: string, primary = false): HTMLButtonElement {
  const node = element('button', { text, className: primary ? 'action' : '' });
  node.type = 'button';
  return node;
}

/**
 * A line about one cell. With `select` it is a button that selects the cell (Enter and Space
 * work, and screen readers announce a button); without, the same line as plain text.
 */
export function cellLine(
  className: string,
  parts: readonly HTMLElement[],
  select?: () => void,
): HTMLElement {
  const classes = `${className} cell-line`;
  if (!select) return element('div', { className: classes }, ...parts);
  const line = button('');
  line.className = classes;
  line.append(...parts);
  line.addEventListener('click', select);
  return line;
}

/** A small table: a header row and rows of cells, as screen readers expect one. */
export function table(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | Node>>,
  className = 'data',
): HTMLTableElement {
  const head = element('tr');
  for (const header of headers)
    head.append(element('th', { text: header, attrs: { scope: 'col' } }));
  const body = element('tbody');
  for (const row of rows) {
    const line = element('tr');
    for (const cell of row) line.append(element('td', {}, cell));
    body.append(line);
  }
  return element(
    'table',
    { className },
    element('caption', { text: caption, className: 'visually-hidden' }),
    element('thead', {}, head),
    body,
  );
}

/**
 * The look of form controls, result tables and messages, close to Google's add-ons
 * stylesheet, which pages link first but which cannot load offline or when blocked.
 */
const FORM_STYLES = `
.form-group { margin: 0 0 10px; }
.form-group > label, .label { display: block; margin: 0 0 3px; font-weight: bold; }
.hint { margin: 2px 0 0; font-size: 12px; }
.field-error { margin: 2px 0 0; font-size: 12px; }
.field-error:empty { display: none; }
input[type='text'], input[type='search'], input[type='number'], input[type='email'], select, textarea {
  box-sizing: border-box; width: 100%; height: 29px; margin: 0; padding: 0 8px;
  border: 1px solid #dcdcdc; border-top-color: #c0c0c0; border-radius: 1px;
  background: #fff; color: #202124; font: inherit; font-size: 13px;
}
textarea { height: auto; min-height: 60px; padding: 6px 8px; resize: vertical; }
select { padding-right: 4px; }
input:hover, select:hover { border-color: #b9b9b9; }
input:focus, select:focus, textarea:focus { border-color: #4d90fe; outline: none; box-shadow: inset 0 1px 2px rgba(0,0,0,.1); }
input[aria-invalid='true'], select[aria-invalid='true'] { border-color: #d93025; }
input:disabled, select:disabled { background: #f1f3f4; color: #5f6368; }
input[type='file'] { max-width: 100%; font-size: 12px; }
label.check { display: flex; align-items: flex-start; gap: 6px; margin: 0 0 6px; font-weight: normal; cursor: pointer; }
label.check input { flex: none; margin: 2px 0 0; }
fieldset { margin: 0 0 10px; padding: 0; border: 0; min-width: 0; }
legend { margin: 0 0 4px; padding: 0; font-weight: bold; }
.row { display: flex; gap: 6px; }
.row > * { flex: 1; min-width: 0; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.buttons button { margin: 0; }
.status { margin: 8px 0; }
.status.busy::before { content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 6px;
  border: 2px solid #dadce0; border-top-color: #1a73e8; border-radius: 50%; vertical-align: -2px;
  animation: turn 0.8s linear infinite; }
.status.done { color: #188038; }
@keyframes turn { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .status.busy::before { animation: none; } }
.message-box { margin: 8px 0; padding: 8px; border-radius: 4px; background: #fce8e6; color: #a50e0e; white-space: pre-line; }
p.error:not([hidden]) { margin: 8px 0; padding: 8px; border-radius: 4px; background: #fce8e6; color: #a50e0e; white-space: pre-line; }
.result { margin: 12px 0; padding: 10px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; }
.result h2 { margin-top: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; list-style: none; }
.counts li { padding: 4px 8px; border-radius: 12px; background: #f1f3f4; font-size: 12px; }
.counts li strong { font-size: 13px; }
table.data { width: 100%; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
table.data th, table.data td { padding: 4px 3px; border-bottom: 1px solid #e8eaed; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.data th { color: #5f6368; font-weight: bold; }
table.data td.number, table.data th.number { text-align: right; }
table.data.auto { table-layout: auto; }
.scroll { max-width: 100%; overflow-x: auto; }
.list { margin: 0 0 8px; padding: 0; list-style: none; }
.list > li { margin: 0 0 6px; padding: 6px 8px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; }
.list.plain > li { padding: 0; border: 0; background: none; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: bold; }
.badge { display: inline-block; margin-right: 4px; padding: 0 6px; border-radius: 8px; font-size: 11px; font-weight: bold; }
.badge.error { background: #fce8e6; color: #a50e0e; }
.badge.warning { background: #fef7e0; color: #8a4b00; }
.badge.ok { background: #e6f4ea; color: #137333; }
.badge.info { background: #e8f0fe; color: #174ea6; }
.progress { height: 6px; margin: 6px 0; border-radius: 3px; background: #e8eaed; overflow: hidden; }
.progress > div { height: 100%; background: #1a73e8; transition: width .2s; }
`;

/** Adds the shared form styles to the page once. */
export function addFormStyles(): void {
  if (document.getElementById('form-styles')) return;
  document.head.append(element('style', { text: FORM_STYLES, attrs: { id: 'form-styles' } }));
}
