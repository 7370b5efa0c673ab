/// <reference lib="dom" />
import type {
  ExportView,
  SiteExport,
  UploadBatch,
  UploadBatchesView,
} from '../../gas/export-sidebar';
import { fill } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { call } from '../bridge';
import {
  button,
  byId,
  checkbox,
  checkedSites,
  element,
  failureText,
  openPage,
  pageState,
  PageState,
  showHeading,
  showProgress,
} from './page-parts';

const state = pageState();
let view: ExportView | null = null;

/** The "Confirm upload" section's own status and error lines, beside its buttons. */
const confirmState = new PageState(byId('page'), byId('confirm-status'), byId('confirm-error'));
let batchesView: UploadBatchesView | null = null;

/** Rows of a batch listed by SKU; a longer list ends with how many more there are. */
const LISTED_ROWS = 8;

/** Said when the batches cannot be listed, before the server has given any words. */
const BATCHES_FAILED: Record<Lang, string> = {
  zh: '无法列出等待确认上传的批次：',
  en: 'Could not list the batches awaiting upload confirmation: ',
};

function isDryRun(): boolean {
  return byId<HTMLInputElement>('dry-run').checked;
}

/** Without the role for a site only a dry run is possible: say so beside the site. */
function markSitesForMode(): void {
  if (!view) return;
  const dry = isDryRun();
  for (const site of view.sites) {
    const input = byId<HTMLInputElement>(`site-${site.site}`);
    const blocked = !dry && !site.mayStamp;
    input.disabled = blocked;
    if (blocked) input.checked = false;
    byId(`site-${site.site}-note`).textContent = site.mayStamp ? '' : view.text.notYours;
  }
}

function render(next: ExportView): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, next.title, next.intro);

  const grid = element('div', { className: 'sites-grid' });
  const notes = element('div');
  for (const site of next.sites) {
    const id = `site-${site.site}`;
    const box = checkbox(id, site.label, site.mayStamp);
    const input = box.querySelector('input')!;
    input.value = site.site;
    input.setAttribute('aria-describedby', `${id}-note`);
    grid.append(box);
    notes.append(element('p', { className: 'hint gray', attrs: { id: `${id}-note` } }));
  }
  byId('sites').replaceChildren(element('legend', { text: text.sitesLegend }), grid, notes);

  const dry = checkbox('dry-run', text.dryRun);
  dry.querySelector('input')!.setAttribute('aria-describedby', 'dry-run-hint');
  dry.querySelector('input')!.addEventListener('change', markSitesForMode);
  byId('options').replaceChildren(
    element(
      'div',
      { className: 'form-group' },
      dry,
      element('p', {
        text: text.dryRunHint,
        className: 'hint gray',
        attrs: { id: 'dry-run-hint' },
      }),
    ),
  );
  byId('run').textContent = text.run;
  byId('close').textContent = text.close;
  byId('form').hidden = false;
  markSitesForMode();
}

function resultNode(done: SiteExport, text: ExportView['text']): HTMLElement {
  const heading = element('h2', { text: done.label, attrs: { id: `result-${done.site}` } });
  const parts: HTMLElement[] = [heading, element('p', { text: done.summary })];
  if (done.files.length > 0) {
    parts.push(
      element('p', { text: `${text.filesHeading} · ${done.folder}`, className: 'gray' }),
      element(
        'ul',
        { className: 'files' },
        ...done.files.map((file) =>
          element(
            'li',
            {},
            element('a', {
              text: file.name,
              attrs: { href: file.url, target: '_blank', rel: 'noopener' },
            }),
          ),
        ),
      ),
    );
  }
  if (done.refusals.length > 0) {
    parts.push(
      element('h3', { text: `${text.refusedHeading} (${done.refusals.length})` }),
      element(
        'ul',
        { className: 'list' },
        ...done.refusals.map((refusal) =>
          element(
            'li',
            { className: 'refusal', attrs: { 'data-sku': refusal.sku } },
            element('strong', { text: refusal.sku }),
            element('ul', {}, ...refusal.reasons.map((reason) => element('li', { text: reason }))),
          ),
        ),
      ),
    );
  }
  if (done.problems.length > 0) {
    parts.push(
      element('h3', { text: text.problemsHeading }),
      element('ul', {}, ...done.problems.map((problem) => element('li', { text: problem }))),
    );
  }
  return element(
    'section',
    {
      className: 'result site-result',
      attrs: { 'aria-labelledby': heading.id, 'data-site': done.site },
    },
    ...parts,
  );
}

function rowCount(n: number, text: UploadBatchesView['text']): string {
  return n === 1 ? text.oneRow : fill(text.manyRows, { n });
}

function batchNode(batch: UploadBatch, next: UploadBatchesView): HTMLLIElement {
  const { text } = next;
  const id = `batch-${batch.batchId}`;
  const listed = batch.notUploaded
    .slice(0, LISTED_ROWS)
    .map((pending) => fill(text.pendingRow, { sku: pending.sku || '—', row: pending.row }))
    .join(next.lang === 'zh' ? '、' : ', ');
  const more = batch.notUploaded.length - LISTED_ROWS;
  const list = more > 0 ? `${listed} ${fill(text.more, { n: more })}` : listed;

  const confirm = button(text.confirm, true);
  confirm.id = `${id}-confirm`;
  // Every batch has the same button: its name carries the batch id, for screen readers.
  confirm.setAttribute('aria-labelledby', `${confirm.id} ${id}-title`);
  confirm.setAttribute('aria-describedby', `${id}-counts ${id}-rows`);
  confirm.disabled = !batch.mayConfirm;
  confirm.addEventListener('click', () => void confirmBatch(batch));
  return element(
    'li',
    { className: 'batch', attrs: { 'data-batch': batch.batchId } },
    element('strong', { text: `${batch.label} · ${batch.batchId}`, attrs: { id: `${id}-title` } }),
    element('p', {
      text: fill(text.counts, {
        date: batch.date,
        rows: rowCount(batch.rows, text),
        pending: batch.notUploaded.length,
      }),
      attrs: { id: `${id}-counts` },
    }),
    element('p', {
      text: fill(text.pendingList, { list }),
      className: 'hint gray',
      attrs: { id: `${id}-rows` },
    }),
    confirm,
    !batch.mayConfirm && element('p', { text: text.notYours, className: 'hint gray' }),
  );
}

/** Shows the batches awaiting confirmation; the section stays hidden while there is nothing. */
function renderBatches(next: UploadBatchesView): void {
  batchesView = next;
  const { text } = next;
  byId('confirm-title').textContent = text.heading;
  byId('confirm-intro').textContent = next.batches.length > 0 ? text.intro : text.none;
  byId('batches').replaceChildren(...next.batches.map((batch) => batchNode(batch, next)));
  const said = !byId('confirm-status').hidden || !byId('confirm-error').hidden;
  byId('confirm').hidden = next.batches.length === 0 && !said;
}

/** Lists the batches awaiting confirmation; a failure is said in the section, not the form. */
async function loadBatches(lang: Lang): Promise<void> {
  try {
    renderBatches(await call('getUploadBatches'));
  } catch (error) {
    confirmState.showError(BATCHES_FAILED[lang] + failureText(error, lang));
    byId('confirm').hidden = false;
  }
}

/** "I uploaded this file to Seller Central": the batch's rows become Uploaded. */
async function confirmBatch(batch: UploadBatch): Promise<void> {
  if (!batchesView || state.busy || confirmState.busy) return;
  const { text, lang } = batchesView;
  confirmState.start(fill(text.busy, { batch: batch.batchId }));
  try {
    const done = await call('confirmAmazonUpload', batch.batchId);
    confirmState.idle();
    confirmState.say(done.summary, 'done');
    renderBatches(done.view);
  } catch (error) {
    confirmState.fail(failureText(error, lang));
  }
  // The button pressed may be gone: keyboard focus goes to the section, where the result is.
  if (!document.getElementById(`batch-${batch.batchId}-confirm`)) byId('confirm-title').focus();
}

async function run(): Promise<void> {
  if (!view || state.busy) return;
  const { text, lang } = view;
  const sites = checkedSites();
  if (sites.length === 0) {
    state.showError(text.nothingChosen);
    return;
  }
  const dryRun = isDryRun();
  const results = byId('results');
  results.replaceChildren();
  // Site by site: each answer shows at once, and the bar says how far the export is.
  for (const [i, site] of sites.entries()) {
    const label = view.sites.find((choice) => choice.site === site)?.label ?? site;
    state.start(fill(text.progress, { site: label, n: i + 1, total: sites.length }));
    showProgress(i, sites.length);
    try {
      results.append(resultNode(await call('exportSite', site, dryRun), text));
    } catch (error) {
      // Sites exported before this one are stamped already: their batches await confirmation.
      if (!dryRun && i > 0) await loadBatches(lang);
      showProgress(0, 0);
      state.fail(`${label}: ${failureText(error, lang)}`);
      return;
    }
  }
  // A real export stamps batches: the ones to confirm are listed before the run ends.
  if (!dryRun) await loadBatches(lang);
  showProgress(sites.length, sites.length);
  state.idle();
  state.say(dryRun ? text.doneDry : text.done, 'done');
}

byId('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
openPage({
  state,
  failed: '无法加载导出。Could not load the export:',
  load: async () => {
    const next = await call('getExportView');
    render(next);
    await loadBatches(next.lang);
  },
});
