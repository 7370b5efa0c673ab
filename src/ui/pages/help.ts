/// <reference lib="dom" />
import type { HelpView } from '../../gas/help';
import { call } from '../bridge';

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

function section(heading: string, id: string, ...children: HTMLElement[]): HTMLElement {
  const block = element('section', '', 'block');
  const title = element('h2', heading);
  title.id = id;
  block.setAttribute('aria-labelledby', id);
  block.append(title, ...children);
  return block;
}

function render(view: HelpView, content: HTMLElement): void {
  document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  document.getElementById('title')!.textContent = view.title;

  const menu = element('ul');
  for (const group of view.groups) {
    const item = element('li', group.title);
    const items = element('ul');
    for (const label of group.items) items.append(element('li', label));
    item.append(items);
    menu.append(item);
  }

  const functions = element('dl', '', 'functions');
  for (const doc of view.functions) {
    const term = element('dt');
    term.append(element('code', doc.usage));
    functions.append(term, element('dd', doc.summary, 'gray'));
  }

  const close = element('button', view.close, 'action');
  close.type = 'button';
  close.addEventListener('click', () => {
    const host = (globalThis as { google?: { script?: { host?: { close(): void } } } }).google;
    host?.script?.host?.close();
  });

  content.replaceChildren(
    element('p', view.intro),
    element('p', view.firstStep),
    section(view.menuHeading, 'menu-heading', element('p', view.menuWhere, 'gray'), menu),
    section(
      view.functionsHeading,
      'functions-heading',
      element('p', view.functionsNote, 'gray'),
      functions,
    ),
    close,
  );
}

async function show(): Promise<void> {
  const page = document.getElementById('help')!;
  const status = document.getElementById('status')!;
  const content = document.getElementById('content')!;
  try {
    render(await call('getHelp'), content);
    status.hidden = true;
    content.hidden = false;
  } catch (error) {
    status.className = 'error';
    status.textContent = `无法加载帮助。Could not load the help: ${(error as Error).message}`;
  } finally {
    page.setAttribute('aria-busy', 'false');
  }
}

void show();
