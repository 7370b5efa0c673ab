/// <reference lib="dom" />
import type { FindingItem, FindingsView } from '../../gas/validate';
import { call } from '../bridge';
import {
  byId,
  cellLine,
  closeSidebar,
  element,
  embeddedData,
  showHeading,
  whenReady,
} from './page-parts';
import { say, showError, whileBusy } from './status-line';

/** What the page shows before the server has said which language to speak. */
const LOAD_FAILED = '无法加载检查结果。Could not load the findings:';

let view: FindingsView | null = null;
let busy = false;
/** Answers to cell selections arrive in any order: only the latest one may speak. */
let latestSelection = 0;

function setBusy(on: boolean): void {
  busy = on;
  byId('findings').setAttribute('aria-busy', String(on));
  byId('again').setAttribute('aria-disabled', String(on));
}

function findingNode(sheet: string, item: FindingItem, cellLabel: string): HTMLElement {
  const badge = element('span', { text: item.severityLabel, className: `badge ${item.severity}` });
  const where = [item.column, item.cell ? `${cellLabel} ${item.cell}` : '', item.rule]
    .filter(Boolean)
    .join(' · ');
  const parts = [
    badge,
    element('span', { text: item.problem }),
    element('span', { text: where, className: 'where' }),
  ];
  const cell = item.cell;
  return cellLine('finding', parts, cell ? () => void selectFinding(sheet, cell) : undefined);
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
  showHeading(next.lang, next.title);
  byId('again').textContent = next.text.checkAgain;
  byId('close').textContent = next.text.close;

  const summary = byId('summary');
  summary.textContent = next.summary;
  summary.hidden = false;

  const content = byId('content');
  const blocks: HTMLElement[] = [];
  if (next.unmarkedNote) blocks.push(element('p', { text: next.unmarkedNote, className: 'gray' }));

  const list = element('div', { className: 'findings' });
  list.setAttribute('role', 'region');
  list.setAttribute('aria-label', next.text.listLabel);
  next.sheets.forEach((sheet, s) => {
    const heading = element('h2', { text: sheet.sheet });
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
      section.append(element('h3', { text: row.label }), items);
    }
    list.append(section);
  });
  blocks.push(list);
  if (next.moreNote) blocks.push(element('p', { text: next.moreNote, className: 'gray' }));

  content.replaceChildren(...blocks);
  content.hidden = false;
  byId('buttons').hidden = false;
}

async function checkAgain(): Promise<void> {
  if (busy || !view) return;
  // On failure what was listed stays listed: the person may still be working through it.
  await whileBusy(setBusy, view.text.checking, async () => render(await call('revalidate')));
}

async function start(): Promise<void> {
  byId('again').addEventListener('click', () => void checkAgain());
  byId('close').addEventListener('click', closeSidebar);
  const load = async () => render(embeddedData<FindingsView>() ?? (await call('getFindings')));
  await whileBusy(setBusy, '加载中… Loading…', load, LOAD_FAILED);
}

// The server embeds its data after the page's own markup: wait until the parser has read it.
whenReady(start);
