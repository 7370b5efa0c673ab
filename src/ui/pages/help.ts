/// <reference lib="dom" />
import type { HelpView } from '../../gas/help';
import { call } from '../bridge';
import { button, byId, closeSidebar, element, showHeading } from './page-parts';

function section(heading: string, id: string, ...children: HTMLElement[]): HTMLElement {
  const title = element('h2', { text: heading, attrs: { id } });
  return element(
    'section',
    { className: 'block', attrs: { 'aria-labelledby': id } },
    title,
    ...children,
  );
}

function render(view: HelpView, content: HTMLElement): void {
  showHeading(view.lang, view.title);

  const menu = element('ul');
  for (const group of view.groups) {
    const items = element('ul');
    for (const label of group.items) items.append(element('li', { text: label }));
    menu.append(element('li', { text: group.title }, items));
  }

  const functions = element('dl', { className: 'functions' });
  for (const doc of view.functions) {
    functions.append(
      element('dt', {}, element('code', { text: doc.usage })),
      element('dd', { text: doc.summary, className: 'gray' }),
    );
  }

  const close = button(view.close, true);
  close.addEventListener('click', closeSidebar);

  content.replaceChildren(
    element('p', { text: view.intro }),
    element('p', { text: view.firstStep }),
    section(
      view.menuHeading,
      'menu-heading',
      element('p', { text: view.menuWhere, className: 'gray' }),
      menu,
    ),
    section(
      view.functionsHeading,
      'functions-heading',
      element('p', { text: view.functionsNote, className: 'gray' }),
      functions,
    ),
    close,
  );
}

async function show(): Promise<void> {
  const page = byId('help');
  const status = byId('status');
  const content = byId('content');
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
