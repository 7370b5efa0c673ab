import type { Lang } from '../core/i18n';
import { userLang } from './locale';
import { BAD_ARGUMENTS, RefusedError } from './refusal';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';
import { DAILY_JOBS, INSTALLER_ROLES, installTriggers, removeTriggers } from './triggers';
import type { DailyJob } from './triggers';

/** One daily job as the triggers sidebar shows it. */
export interface DailyJobItem {
  handler: string;
  name: string;
  /** "Every day, 6:00–7:00 (Asia/Shanghai)". */
  when: string;
  installed: boolean;
}

/** Everything the triggers sidebar shows, in the user's language. */
export interface TriggersView {
  lang: Lang;
  title: string;
  intro: string;
  jobs: DailyJobItem[];
  /** Triggers of this person in this spreadsheet that are no daily job of the list. */
  others: string[];
  text: {
    installed: string;
    notInstalled: string;
    install: string;
    remove: string;
    working: string;
    othersHeading: string;
    close: string;
  };
}

/** What installing or removing did, and the view afterwards. */
export interface TriggersChanged {
  message: string;
  view: TriggersView;
}

const TEXT = {
  zh: {
    title: '每日任务',
    intro:
      '每日任务由安装它的人的账号在后台运行。Google 规定每人在每个表格中只能有一个定时触发器，' +
      '所以请由一位同事安装。',
    when: '每天 {from}–{to}（{zone}）',
    installed: '已安装（以您的账号运行）',
    notInstalled: '未安装',
    install: '安装',
    remove: '移除',
    working: '正在更改…',
    othersHeading: '您在此表格中的其他触发器',
    close: '关闭',
    didInstall: '已安装：{name}。',
    wasInstalled: '早已安装：{name}。',
    didRemove: '已移除：{name}。',
    wasAbsent: '未安装，无需移除：{name}。',
  },
  en: {
    title: 'Daily jobs',
    intro:
      'Daily jobs run in the background as the person who installed them. Google allows each ' +
      'person one timed trigger per spreadsheet, so one colleague should install them.',
    when: 'Every day, {from}–{to} ({zone})',
    installed: 'Installed, runs as you',
    notInstalled: 'Not installed',
    install: 'Install',
    remove: 'Remove',
    working: 'Changing…',
    othersHeading: 'Your other triggers in this spreadsheet',
    close: 'Close',
    didInstall: 'Installed: {name}.',
    wasInstalled: 'Installed already: {name}.',
    didRemove: 'Removed: {name}.',
    wasAbsent: 'Not installed, nothing to remove: {name}.',
  },
};

function hour(value: number): string {
  return `${String(value % 24).padStart(2, '0')}:00`;
}

/** The triggers sidebar's content: each daily job and whether this person installed it. */
export function triggersView(lang: Lang): TriggersView {
  const text = TEXT[lang];
  const spreadsheet = SpreadsheetApp.getActive();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const handlers = ScriptApp.getUserTriggers(spreadsheet).map((trigger) =>
    trigger.getHandlerFunction(),
  );
  return {
    lang,
    title: text.title,
    intro: text.intro,
    jobs: DAILY_JOBS.map((job) => ({
      handler: job.handler,
      name: job.name[lang],
      when: text.when
        .replace('{from}', hour(job.atHour))
        .replace('{to}', hour(job.atHour + 1))
        .replace('{zone}', zone),
      installed: handlers.includes(job.handler),
    })),
    others: handlers.filter((handler) => !DAILY_JOBS.some((job) => job.handler === handler)),
    text: {
      installed: text.installed,
      notInstalled: text.notInstalled,
      install: text.install,
      remove: text.remove,
      working: text.working,
      othersHeading: text.othersHeading,
      close: text.close,
    },
  };
}

function jobArgument(handler: unknown): DailyJob {
  const job = DAILY_JOBS.find((candidate) => candidate.handler === handler);
  if (!job) throw new RefusedError(BAD_ARGUMENTS);
  return job;
}

/** Menu "Daily jobs…": opens the triggers sidebar. */
export function showDailyJobs(): void {
  openSidebar('triggers', TEXT[userLang()].title);
}

/** Server function of the triggers sidebar: the daily jobs and which this person installed. */
export function getTriggersView(): TriggersView {
  return runSidebarAction('daily-jobs-view', { writes: false }, ({ lang }) => {
    const view = triggersView(lang);
    return { result: view, counts: `${view.jobs.length} jobs` };
  });
}

/** Server function of the triggers sidebar: installs one daily job for this person, once. */
export function installDailyJob(handler: unknown): TriggersChanged {
  const audit = { zh: '安装每日任务', en: 'Installing a daily job' };
  const options = { writes: true, audit, roles: INSTALLER_ROLES };
  return runSidebarAction('daily-jobs', options, ({ lang }) => {
    const job = jobArgument(handler);
    const report = installTriggers([job]);
    const template = report.installed.length > 0 ? TEXT[lang].didInstall : TEXT[lang].wasInstalled;
    return {
      result: { message: template.replace('{name}', job.name[lang]), view: triggersView(lang) },
      counts: `${report.installed.length} installed, ${report.present.length} present`,
    };
  });
}

/** Server function of the triggers sidebar: removes this person's trigger of one daily job. */
export function removeDailyJob(handler: unknown): TriggersChanged {
  const audit = { zh: '移除每日任务', en: 'Removing a daily job' };
  return runSidebarAction('daily-jobs', { writes: true, audit }, ({ lang }) => {
    const job = jobArgument(handler);
    const report = removeTriggers([job]);
    const template = report.removed.length > 0 ? TEXT[lang].didRemove : TEXT[lang].wasAbsent;
    return {
      result: { message: template.replace('{name}', job.name[lang]), view: triggersView(lang) },
      counts: `${report.removed.length} removed`,
    };
  });
}
