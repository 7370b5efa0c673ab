/// <reference lib="dom" />
import type { ReportOutcome, ReportsView } from '../../gas/reports';
import { call, callWithin } from '../bridge';
import { byId, closeSidebar, element, showHeading } from './page-parts';
import { say, showError, whileBusy } from './status-line';

/** What the page shows before the server has said which language to speak. */
const LOAD_FAILED = '无法加载报表选项。Could not load the report choices:';

/** A report may take as long as an execution may run: six minutes. */
const REPORT_TIMEOUT_MS = 6 * 60_000;

let view: ReportsView | null = null;
let busy = false;
let ticker: ReturnType<typeof setInterval> | null = null;

function kind(): 'month' | 'quarter' {
  return byId<HTMLInputElement>('kind-quarter').checked ? 'quarter' : 'month';
}

/** Shows the list of the chosen kind; the other list keeps its choice for when it comes back. */
function showKind(): void {
  const quarter = kind() === 'quarter';
  byId('month-field').hidden = quarter;
  byId('quarter-field').hidden = !quarter;
}

/**
 * While the server works the form is locked but keeps what the person chose, and the status
 * counts the seconds. The button that was pressed is only marked (aria-disabled), so that
 * focus stays on it.
 */
function setBusy(on: boolean): void {
  busy = on;
  byId('reports').setAttribute('aria-busy', String(on));
  byId('make').setAttribute('aria-disabled', String(on));
  for (const id of ['month', 'quarter', 'kind-month', 'kind-quarter']) {
    byId<HTMLInputElement | HTMLSelectElement>(id).disabled = on;
  }
  if (ticker !== null) clearInterval(ticker);
  ticker = null;
  if (!on || !view) return;
  const { making, seconds } = view.text;
  const started = Date.now();
  say(making);
  ticker = setInterval(() => {
    say(`${making} ${Math.floor((Date.now() - started) / 1000)} ${seconds}`);
  }, 1000);
}

function options(select: HTMLSelectElement, choices: ReportsView['months'], chosen: string) {
  select.replaceChildren(
    ...choices.map((choice) => {
      const option = element('option', { text: choice.label });
      option.value = choice.value;
      option.selected = choice.value === chosen;
      return option;
    }),
  );
}

function render(next: ReportsView): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, text.title, text.intro);
  const note = byId('finance-note');
  note.textContent = next.financeNote;
  note.hidden = next.financeNote === '';
  byId('kind-legend').textContent = text.kindLegend;
  byId('kind-month-label').textContent = text.month;
  byId('kind-quarter-label').textContent = text.quarter;
  byId('month-label').textContent = text.monthLabel;
  byId('quarter-label').textContent = text.quarterLabel;
  options(byId<HTMLSelectElement>('month'), next.months, next.defaultMonth);
  options(byId<HTMLSelectElement>('quarter'), next.quarters, next.defaultQuarter);
  byId('make').textContent = text.make;
  byId('close').textContent = text.close;
  byId('problems-heading').textContent = text.problemsHeading;
  byId('made-heading').textContent = text.madeHeading;
  showKind();
  byId('content').hidden = false;
}

function link(label: string, name: string, url: string): HTMLLIElement {
  const item = element('li');
  const anchor = element('a', { text: name });
  anchor.href = url;
  anchor.target = '_blank';
  anchor.rel = 'noopener';
  item.append(label ? `${label}: ` : '', anchor);
  return item;
}

function showOutcome(outcome: ReportOutcome): void {
  const refused = byId('refused');
  const made = byId('made');
  if (!outcome.ok) {
    // The chosen month stays chosen: the person fixes what is listed and presses again.
    made.hidden = true;
    byId('refused-message').textContent = outcome.message;
    byId('problems-heading').hidden = outcome.problems.length === 0;
    byId('problems').replaceChildren(
      ...outcome.problems.map((problem) => element('li', { text: problem })),
    );
    refused.hidden = false;
    return;
  }
  const text = view!.text;
  refused.hidden = true;
  byId('made-message').textContent = outcome.message;
  byId('links').replaceChildren(
    link(text.sheet, outcome.tab.name, outcome.tab.url),
    link(text.folder, outcome.folder.name, outcome.folder.url),
    ...outcome.files.map((file) => link('', file.name, file.url)),
  );
  const mailNote = byId('mail-note');
  mailNote.textContent = outcome.mailNote;
  mailNote.hidden = outcome.mailNote === '';
  made.hidden = false;
  byId('made-heading').focus();
}

async function make(event: Event): Promise<void> {
  event.preventDefault();
  if (busy || !view) return;
  const chosen = kind();
  const period = byId<HTMLSelectElement>(chosen).value;
  byId('refused').hidden = true;
  byId('made').hidden = true;
  showError('');
  setBusy(true);
  try {
    const outcome =
      chosen === 'month'
        ? await callWithin(REPORT_TIMEOUT_MS, 'makeMonthReport', period)
        : await callWithin(REPORT_TIMEOUT_MS, 'makeQuarterReport', period);
    setBusy(false);
    say('');
    showOutcome(outcome);
  } catch (error) {
    setBusy(false);
    say('');
    showError((error as Error).message);
  }
}

async function start(): Promise<void> {
  byId('form').addEventListener('submit', (event) => void make(event));
  for (const id of ['kind-month', 'kind-quarter']) byId(id).addEventListener('change', showKind);
  byId('close').addEventListener('click', closeSidebar);
  // The form is hidden until it loads: only the page's busy mark has to follow the call.
  const markBusy = (on: boolean) => byId('reports').setAttribute('aria-busy', String(on));
  const load = async () => render(await call('getReportsView'));
  await whileBusy(markBusy, '加载中… Loading…', load, LOAD_FAILED);
}

void start();
