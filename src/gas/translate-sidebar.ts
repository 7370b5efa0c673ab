import { MARKETPLACES } from '../core/amazon/marketplaces';
import { enumLabel } from '../core/contract/headers';
import { SITE_OPTIONS } from '../core/contract/sheets';
import type { Site } from '../core/contract/sheets';
import type { Lang } from '../core/i18n';
import { hasRole } from '../core/roles';
import { load, rowsOf } from '../workflows/load';
import { planTranslations, TRANSLATION_SITES } from '../workflows/translate';
import type { Workbook } from '../workbook/port';
import { startJob } from './jobs';
import type { JobProgress } from './jobs';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** One site the translation sidebar offers. */
export interface TranslationSite {
  site: Site;
  label: string;
  /** Approved products with no Translations row for the site yet: drafts a run would make. */
  missing: number;
  /** Machine drafts of the site still waiting for its owner's review. */
  awaitingReview: number;
  /** Whether this person may draft for the site (an uploader, or the site's owner). */
  allowed: boolean;
}

/** Everything the translation sidebar shows, in the user's language. */
export interface TranslateView {
  lang: Lang;
  title: string;
  intro: string;
  sites: TranslationSite[];
  text: {
    sitesLegend: string;
    counts: string;
    notYours: string;
    run: string;
    starting: string;
    nothingChosen: string;
    nothingMissing: string;
    close: string;
  };
}

const TEXT = {
  zh: {
    title: '机翻草稿',
    intro:
      '为已审核通过的产品生成德、法、意、西站的机器翻译草稿（R4.6），写入“翻译”表，状态为“机翻草稿”，' +
      '由站点负责人校对。已有的翻译行不会被改动；品牌、型号和术语表中的词保持原样。',
    sitesLegend: '为哪些站点生成',
    counts: '待生成 {missing} 条 · 待校对 {review} 条',
    notYours: '您不是此站点的负责人或上传人员',
    run: '生成机翻草稿',
    starting: '正在翻译…',
    nothingChosen: '请至少选择一个站点。',
    nothingMissing: '所选站点没有需要生成的草稿。',
    close: '关闭',
  },
  en: {
    title: 'Machine translation drafts',
    intro:
      'Machine drafts for approved products on the DE, FR, IT and ES sites (R4.6), written to ' +
      "Translations as Machine draft for each site's owner to review. Rows that exist are never " +
      'touched; the brand, model and glossary terms stay as written.',
    sitesLegend: 'Sites to draft',
    counts: '{missing} to draft · {review} awaiting review',
    notYours: 'You are neither an uploader nor the owner of this site',
    run: 'Draft translations',
    starting: 'Translating…',
    nothingChosen: 'Choose at least one site.',
    nothingMissing: 'The chosen sites have nothing to draft.',
    close: 'Close',
  },
};

/** The translation sidebar's content: each site, what it lacks and who may draft it. */
export function translateView(workbook: Workbook, lang: Lang, user: string): TranslateView {
  const text = TEXT[lang];
  const loaded = load(workbook, ['newProducts', 'translations', 'glossary']);
  const missing = new Map<Site, number>();
  if (loaded.reads.newProducts) {
    // The plan with a translator that sends nothing: it counts the drafts without LanguageApp.
    const plan = planTranslations(loaded, (texts) => texts);
    for (const draft of plan.drafts) missing.set(draft.site, (missing.get(draft.site) ?? 0) + 1);
  }
  const awaiting = new Map<string, number>();
  for (const row of rowsOf(loaded, 'translations')) {
    if (row.site && row.status === 'MachineDraft') {
      awaiting.set(row.site, (awaiting.get(row.site) ?? 0) + 1);
    }
  }
  return {
    lang,
    title: text.title,
    intro: text.intro,
    sites: TRANSLATION_SITES.map((site) => ({
      site,
      label: `${enumLabel(SITE_OPTIONS, site, lang)} · ${MARKETPLACES[site].language}`,
      missing: missing.get(site) ?? 0,
      awaitingReview: awaiting.get(site) ?? 0,
      allowed:
        hasRole(loaded.settings, user, 'uploader') ||
        hasRole(loaded.settings, user, 'siteOwner', site),
    })),
    text: {
      sitesLegend: text.sitesLegend,
      counts: text.counts,
      notYours: text.notYours,
      run: text.run,
      starting: text.starting,
      nothingChosen: text.nothingChosen,
      nothingMissing: text.nothingMissing,
      close: text.close,
    },
  };
}

function sitesArgument(value: unknown): Site[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > TRANSLATION_SITES.length) {
    throw new RefusedError(BAD_ARGUMENTS);
  }
  const sites = TRANSLATION_SITES.filter((site) => value.includes(site));
  if (sites.length !== new Set(value).size) throw new RefusedError(BAD_ARGUMENTS);
  return sites;
}

/** Menu "Machine translation drafts…": opens the translation sidebar. */
export function showTranslations(): void {
  openSidebar('translate', TEXT[userLang()].title);
}

/** Server function of the translation sidebar: each site and what it lacks. */
export function getTranslateView(): TranslateView {
  return runSidebarAction('translate-view', { writes: false }, ({ workbook, lang, user }) => {
    const view = translateView(workbook, lang, user);
    return { result: view, counts: `${view.sites.length} sites` };
  });
}

/**
 * Server function of the translation sidebar: drafts the chosen sites as a job, which works
 * within this call as far as time allows and carries on in the background; the page follows
 * it with getJobProgress. The job checks the person's roles before any text is sent.
 */
export function startTranslations(sites: unknown): JobProgress {
  return runSidebarAction('translate-start', { writes: false }, ({ lang, user }) => {
    // The job takes the document lock itself and writes Translations once, at its end.
    const outcome = startJob({ kind: 'translate', user, sites: sitesArgument(sites) }, {}, lang);
    return { result: outcome.job, counts: `job ${outcome.job.status}, ${outcome.job.total} texts` };
  });
}
