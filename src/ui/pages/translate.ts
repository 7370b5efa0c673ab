/// <reference lib="dom" />
import type { Site } from '../../core/contract/sheets';
import type { TranslateView, TranslationSite } from '../../gas/translate-sidebar';
import { fill } from '../../core/i18n';
import { call } from '../bridge';
import {
  byId,
  checkbox,
  checkedSites,
  element,
  failureText,
  openPage,
  pageState,
  showHeading,
  showProgress,
} from './page-parts';

/** How often a running job is asked how it is doing. */
const PROGRESS_EVERY_MS = 2_000;

const state = pageState();
let view: TranslateView | null = null;

function siteNode(
  site: TranslationSite,
  text: TranslateView['text'],
  checked: boolean,
): HTMLElement {
  const id = `site-${site.site}`;
  const box = checkbox(id, site.label, checked && site.allowed);
  const input = box.querySelector('input')!;
  input.value = site.site;
  input.disabled = !site.allowed;
  input.setAttribute('aria-describedby', `${id}-counts`);
  const counts = site.allowed
    ? fill(text.counts, { missing: site.missing, review: site.awaitingReview })
    : text.notYours;
  return element(
    'div',
    { className: 'site' },
    box,
    element('p', { text: counts, className: 'counts-line gray', attrs: { id: `${id}-counts` } }),
  );
}

function render(next: TranslateView, keep: Site[] | null = null): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, next.title, next.intro);
  // The sites stay as the person chose them; the first time, every site that lacks drafts.
  const checked = (site: TranslationSite) => (keep ? keep.includes(site.site) : site.missing > 0);
  byId('sites').replaceChildren(
    element('legend', { text: text.sitesLegend }),
    ...next.sites.map((site) => siteNode(site, text, checked(site))),
  );
  byId('run').textContent = text.run;
  byId('close').textContent = text.close;
  byId('form').hidden = false;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function run(): Promise<void> {
  if (!view || state.busy) return;
  const { text, lang } = view;
  const sites = checkedSites();
  if (sites.length === 0) {
    state.showError(text.nothingChosen);
    return;
  }
  const chosen = view.sites.filter((site) => sites.includes(site.site));
  if (chosen.every((site) => site.missing === 0)) {
    state.say(text.nothingMissing);
    return;
  }
  state.start(text.starting);
  try {
    let job = await call('startTranslations', sites);
    showProgress(job.percent, 100);
    while (job.status === 'running') {
      state.start(job.message);
      await pause(PROGRESS_EVERY_MS);
      job = (await call('getJobProgress', job.id)) ?? job;
      showProgress(job.percent, 100);
    }
    const refreshed = await call('getTranslateView');
    render(refreshed, sites);
    if (job.status === 'failed') {
      state.fail(job.message);
      return;
    }
    state.idle();
    state.say(job.message, 'done');
  } catch (error) {
    showProgress(0, 0);
    state.fail(failureText(error, lang));
  }
}

byId('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
openPage({
  state,
  failed: '无法加载机翻草稿。Could not load the translations:',
  load: async () => render(await call('getTranslateView')),
});
