/// <reference lib="dom" />
import type { ReviewAction, ReviewRow, ReviewView } from '../../gas/review';
import { call } from '../bridge';
import { byId, closeSidebar, element, embeddedData, showHeading, whenReady } from './page-parts';
import { whileBusy } from './status-line';

/** What the page shows before the server has said which language to speak. */
const LOAD_FAILED = '无法加载所选行。Could not load the selected rows:';

let view: ReviewView | null = null;
let busy = false;
/** Set once the rows shown were reviewed: a second press would review them again. */
let done = false;
/** Each shown row's status, updated in place once the review is written. */
const statusOf = new Map<number, HTMLElement>();

/**
 * While the server works, the form is locked but stays as the person filled it: the note is
 * read-only rather than disabled, so that focus and text both stay where they were.
 */
function setBusy(on: boolean): void {
  busy = on;
  byId('review').setAttribute('aria-busy', String(on));
  byId<HTMLTextAreaElement>('note').readOnly = on;
  byId('refresh').setAttribute('aria-disabled', String(on));
  byId('submit').setAttribute('aria-disabled', String(on || done));
}

function rowNode(row: ReviewRow, rowLabel: string, noFindings: string): HTMLElement {
  const item = element('li');
  const name = [rowLabel.replace('{row}', String(row.row)), row.sku].filter(Boolean).join(' · ');
  const status = element('span', { text: row.status, className: 'gray' });
  statusOf.set(row.row, status);
  item.append(element('span', { text: name, className: 'product' }), status);
  if (row.title) item.append(element('div', { text: row.title }));
  if (row.findings.length === 0) {
    item.append(element('div', { text: noFindings, className: 'gray' }));
    return item;
  }
  const problems = element('ul');
  for (const finding of row.findings) {
    const line = element('li');
    const where = [finding.column, finding.rule].filter(Boolean).join(' · ');
    line.append(
      element('span', { text: finding.severityLabel, className: `badge ${finding.severity}` }),
      element('span', { text: `${finding.problem} ` }),
      element('span', { text: `(${where})`, className: 'gray' }),
    );
    problems.append(line);
  }
  item.append(problems);
  return item;
}

function render(next: ReviewView): void {
  view = next;
  done = false;
  showHeading(next.lang, next.title, next.intro);
  byId('rows-heading').textContent = `${next.text.rowsHeading} (${next.sheet})`;
  const errorNote = byId('error-note');
  errorNote.textContent = next.errorNote;
  errorNote.hidden = next.errorNote === '';
  statusOf.clear();
  byId('rows').replaceChildren(
    ...next.rows.map((row) => rowNode(row, next.text.rowLabel, next.text.noFindings)),
  );
  byId('refresh').textContent = next.text.refresh;
  byId('note-label').textContent = next.text.noteLabel;
  byId('note-hint').textContent = next.text.noteHint;
  byId('note').setAttribute('aria-required', String(next.action === 'reject'));
  byId('submit').textContent = next.text.submit;
  byId('close').textContent = next.text.close;
  byId('content').hidden = false;
}

async function submit(event: Event): Promise<void> {
  event.preventDefault();
  if (busy || done || !view) return;
  const note = byId<HTMLTextAreaElement>('note').value;
  const rows = view.rows.map((row) => row.row);
  const { action } = view;

  // On failure the note stays as typed: the person fixes what the message says and tries again.
  await whileBusy(setBusy, view.text.working, async () => {
    const result = await call(action === 'approve' ? 'approveReview' : 'rejectReview', rows, note);
    done = true;
    for (const row of result.rows) {
      const status = statusOf.get(row);
      if (status) status.textContent = result.status;
    }
    return result.message;
  });
}

async function refresh(): Promise<void> {
  if (busy || !view) return;
  const { action } = view;
  await whileBusy(setBusy, view.text.working, async () =>
    render(await call('getReviewSelection', action)),
  );
}

/** The action a page opened without embedded rows was asked for (`?action=reject`). */
function requestedAction(): ReviewAction {
  return /[?#&]action=reject\b/.test(location.search + location.hash) ? 'reject' : 'approve';
}

async function start(): Promise<void> {
  byId('form').addEventListener('submit', (event) => void submit(event));
  byId('refresh').addEventListener('click', () => void refresh());
  byId('close').addEventListener('click', closeSidebar);
  const load = async () =>
    render(embeddedData<ReviewView>() ?? (await call('getReviewSelection', requestedAction())));
  await whileBusy(setBusy, '加载中… Loading…', load, LOAD_FAILED);
}

// The server embeds its data after the page's own markup: wait until the parser has read it.
whenReady(start);
