/// <reference lib="dom" />
import type { Site } from '../../core/contract/sheets';
import type { ExportView, SiteExport } from '../../gas/export-sidebar';
import { call } from '../bridge';
import {
  addFormStyles,
  byId,
  checkbox,
  closeSidebar,
  element,
  failureText,
  pageState,
  setLanguage,
  whenReady,
} from './page-parts';

const state = pageState();
let view: ExportView | null = null;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

function chosenSites(): Site[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>('#sites input:checked')).map(
    (input) => input.value as Site,
  );
}

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
  setLanguage(next.lang);
  byId('title').textContent = next.title;
  byId('intro').textContent = next.intro;

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

function showProgress(done: number, total: number): void {
  const bar = byId('progress');
  bar.hidden = total === 0;
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuenow', String(done));
  byId('progress-bar').style.width = `${total === 0 ? 0 : Math.round((done / total) * 100)}%`;
}

async function run(): Promise<void> {
  if (!view || state.busy) return;
  const { text, lang } = view;
  const sites = chosenSites();
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
      showProgress(0, 0);
      state.fail(`${label}: ${failureText(error, lang)}`);
      return;
    }
  }
  showProgress(sites.length, sites.length);
  state.idle();
  state.say(dryRun ? text.doneDry : text.done, 'done');
}

async function start(): Promise<void> {
  addFormStyles();
  byId('form').addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  byId('close').addEventListener('click', closeSidebar);
  state.start('加载中… Loading…');
  try {
    render(await call('getExportView'));
    state.idle();
  } catch (error) {
    state.fail(`无法加载导出。Could not load the export: ${failureText(error, 'en')}`);
  }
}

whenReady(start);
