/// <reference lib="dom" />
import type { FindingItem, FindingsView } from '../../gas/validate';
import { call } from '../bridge';

/** What the page shows before the server has said which language to speak. */
const LOAD_FAILED = '无法加载检查结果。Could not load the findings:';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** The view the menu action embedded in the page, if it did. */
function embeddedView(): FindingsView | null {
  const text = document.getElementById('server-data')?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as FindingsView;
  } catch {
    return null;
  }
}

let view: FindingsView | null = null;
let busy = false;
/** Answers to cell selections arrive in any order: only the latest one may speak. */
let latestSelection = 0;

function say(text: string): void {
  byId('status').textContent = text;
}

function showError(text: string): void {
  const error = byId('error');
  error.textContent = text;
  error.hidden = text === '';
}

function setBusy(on: boolean): void {
  busy = on;
  byId('findings').setAttribute('aria-busy', String(on));
  byId('again').setAttribute('aria-disabled', String(on));
}

function findingNode(sheet: string, item: FindingItem, cellLabel: string): HTMLElement {
  const badge = element('span', item.severityLabel, `badge ${item.severity}`);
  const where = [item.column, item.cell ? `${cellLabel} ${item.cell}` : '', item.rule]
    .filter(Boolean)
    .join(' · ');
  const parts = [badge, element('span', item.problem), element('span', where, 'where')];
  if (!item.cell) {
    const text = element('div', '', 'finding');
    text.append(...parts);
    return text;
  }

  // A button: Enter and Space select the cell, and a screen reader announces it as one.
  const button = element('button', '', 'finding');
  button.type = 'button';
  button.append(...parts);
  button.addEventListener('click', () => void selectFinding(sheet, item.cell!));
  return button;
}

async function selectFinding(sheet: string, cell: string): Promise<void> {
  if (!view) return;
  const ticket = ++latestSelection;
  showError('');
  say(view.text.selecting);
  try {
    await call('selectCell', sheet, cell);
    if (ticket === latestSelection) {
      say(view.text.selected.replace('{sheet}', sheet).replace('{cell}', cell));
    }
  } catch (error) {
    if (ticket !== latestSelection) return;
    say('');
    showError((error as Error).message);
  }
}

function render(next: FindingsView): void {
  view = next;
  document.documentElement.lang = next.lang === 'zh' ? 'zh-CN' : 'en';
  byId('title').textContent = next.title;
  byId('again').textContent = next.text.checkAgain;
  byId('close').textContent = next.text.close;

  const summary = byId('summary');
  summary.textContent = next.summary;
  summary.hidden = false;

  const content = byId('content');
  const blocks: HTMLElement[] = [];
  if (next.unmarkedNote) blocks.push(element('p', next.unmarkedNote, 'gray'));

  const list = element('div', '', 'findings');
  list.setAttribute('role', 'region');
  list.setAttribute('aria-label', next.text.listLabel);
  next.sheets.forEach((sheet, s) => {
    const heading = element('h2', sheet.sheet);
    heading.id = `sheet-${s}`;
    const section = element('section');
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    for (const row of sheet.rows) {
      const items = element('ul');
      for (const item of row.findings) {
        const entry = element('li');
        entry.append(findingNode(sheet.sheet, item, next.text.cellLabel));
        items.append(entry);
      }
      section.append(element('h3', row.label), items);
    }
    list.append(section);
  });
  blocks.push(list);
  if (next.moreNote) blocks.push(element('p', next.moreNote, 'gray'));

  content.replaceChildren(...blocks);
  content.hidden = false;
  byId('buttons').hidden = false;
}

async function checkAgain(): Promise<void> {
  if (busy || !view) return;
  setBusy(true);
  showError('');
  say(view.text.checking);
  try {
    render(await call('revalidate'));
    say('');
  } catch (error) {
    // What was listed stays listed: the person may still be working through it.
    say('');
    showError((error as Error).message);
  } finally {
    setBusy(false);
  }
}

function closeSidebar(): void {
  const google = (globalThis as { google?: { script?: { host?: { close(): void } } } }).google;
  google?.script?.host?.close();
}

async function start(): Promise<void> {
  byId('again').addEventListener('click', () => void checkAgain());
  byId('close').addEventListener('click', closeSidebar);
  setBusy(true);
  try {
    render(embeddedView() ?? (await call('getFindings')));
    say('');
  } catch (error) {
    say('');
    showError(`${LOAD_FAILED} ${(error as Error).message}`);
  } finally {
    setBusy(false);
  }
}

// The server embeds its data after the page's own markup: wait until the parser has read it.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => void start());
} else {
  void start();
}
