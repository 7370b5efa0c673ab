/// <reference lib="dom" />
import * as Papa from 'papaparse';

import type { ImportDone, ImportView } from '../../gas/import-sidebar';
import type { ImportKind } from '../../workflows/import-table';
import { fill } from '../../core/i18n';
import { call } from '../bridge';
import {
  byId,
  element,
  failureText,
  field,
  openPage,
  pageState,
  showHeading,
  setProblem,
  table,
} from './page-parts';

/** Rows the preview shows: enough to recognise the file, few enough for a sidebar. */
const PREVIEW_ROWS = 5;

/** The most data rows sent in one import (the server refuses more). */
const MAX_ROWS = 20_000;

const state = pageState();
let view: ImportView | null = null;
/** The file as parsed: its name and rows (header first), or null before a usable file. */
let chosen: { name: string; rows: string[][] } | null = null;
const fileInput = element('input', {
  attrs: { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values' },
});

function kind(): ImportKind {
  const checked = document.querySelector<HTMLInputElement>('input[name="kind"]:checked');
  return (checked?.value ?? 'orders') as ImportKind;
}

function updateImportButton(): void {
  if (!view) return;
  const choice = view.kinds.find((candidate) => candidate.kind === kind());
  const button = byId<HTMLButtonElement>('import');
  button.textContent = fill(view.text.import, { tab: choice?.tab ?? '' });
  button.disabled = chosen === null;
}

/** Reads a file as text: UTF-8, or GBK (as Chinese Excel saves CSV) when UTF-8 does not fit. */
async function textOf(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  return new TextDecoder('gb18030').decode(bytes);
}

function showPreview(rows: string[][]): void {
  if (!view) return;
  const [header, ...data] = rows;
  const width = Math.max(...rows.map((row) => row.length));
  byId('preview-heading').textContent = fill(view.text.preview, {
    n: Math.min(PREVIEW_ROWS, data.length),
  });
  byId('preview-summary').textContent = fill(view.text.previewSummary, {
    rows: data.length,
    columns: width,
  });
  const shown = data.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => cell));
  const grid = table(byId('preview-heading').textContent ?? '', header, shown, 'data');
  byId('preview-table').replaceChildren(grid);
  byId('preview').hidden = false;
}

async function choose(): Promise<void> {
  if (!view) return;
  const text = view.text;
  chosen = null;
  byId('preview').hidden = true;
  byId('result').hidden = true;
  setProblem(fileInput, null);
  state.showError('');
  updateImportButton();
  const file = fileInput.files?.[0];
  if (!file) return;

  if (/\.(xlsx|xlsm|xls)$/i.test(file.name)) {
    setProblem(fileInput, text.xlsx);
    return;
  }
  let rows: string[][];
  try {
    const parsed = Papa.parse<string[]>(await textOf(file), { skipEmptyLines: 'greedy' });
    rows = parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
  } catch (error) {
    setProblem(fileInput, `${text.unreadable}${(error as Error).message}`);
    return;
  }
  if (rows.length < 2) {
    setProblem(fileInput, text.empty);
    return;
  }
  if (rows.length > MAX_ROWS + 1) {
    setProblem(fileInput, text.tooLarge);
    return;
  }
  chosen = { name: file.name, rows };
  showPreview(rows);
  updateImportButton();
}

function showResult(done: ImportDone): void {
  if (!view) return;
  const text = view.text;
  const count = (value: number, label: string, name: string) =>
    element(
      'li',
      { attrs: { 'data-count': name } },
      element('strong', { text: String(value) }),
      ` ${label}`,
    );
  const parts: HTMLElement[] = [
    element('p', { text: done.summary }),
    element(
      'ul',
      { className: 'counts' },
      count(done.added, text.added, 'added'),
      count(done.updated, text.updated, 'updated'),
      count(done.unchanged, text.unchanged, 'unchanged'),
      count(done.refused.length, text.refused, 'refused'),
    ),
  ];
  if (done.refused.length > 0) {
    parts.push(
      element('h2', { text: text.refusedHeading }),
      element(
        'ul',
        { className: 'list refused' },
        ...done.refused.map((row) => element('li', { text: row.message })),
      ),
    );
  }
  if (done.warnings.length > 0) {
    parts.push(
      element('h2', { text: text.warningsHeading }),
      element(
        'ul',
        { className: 'list' },
        ...done.warnings.map((warning) => element('li', { text: warning })),
      ),
    );
  }
  const box = byId('result');
  box.replaceChildren(...parts);
  box.hidden = false;
}

async function importNow(): Promise<void> {
  if (!view || !chosen || state.busy) return;
  state.start(view.text.importing);
  try {
    const done = await call('importRows', kind(), chosen.rows, chosen.name);
    state.idle();
    showResult(done);
  } catch (error) {
    // The file stays chosen and previewed: the person can try again or pick another.
    state.fail(failureText(error, view.lang));
  } finally {
    updateImportButton();
  }
}

function render(next: ImportView): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, next.title, next.intro);

  const kinds = byId('kinds');
  kinds.replaceChildren(element('legend', { text: text.kind }));
  next.kinds.forEach((choice, i) => {
    const radio = element('input', {
      attrs: { type: 'radio', name: 'kind', value: choice.kind, id: `kind-${choice.kind}` },
    });
    radio.checked = i === 0;
    radio.addEventListener('change', updateImportButton);
    kinds.append(
      element(
        'label',
        { className: 'check', attrs: { for: radio.id } },
        radio,
        element(
          'span',
          {},
          `${choice.label} → ${choice.tab}`,
          element('small', { text: choice.description }),
        ),
      ),
    );
  });
  byId('file-field').replaceChildren(field('file', text.file, fileInput, text.fileHint));
  byId('close').textContent = text.close;
  byId('form').hidden = false;
  updateImportButton();
}

fileInput.addEventListener('change', () => void choose());
byId('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void importNow();
});
openPage({
  state,
  failed: '无法加载导入。Could not load the imports:',
  load: async () => render(await call('getImportView')),
  // Unlocking the page enables every control it locked: the import waits for a file.
  opened: updateImportButton,
});
