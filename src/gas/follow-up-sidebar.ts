import { enumLabel } from '../core/contract/headers';
import { ABNORMAL_STAGE, SHEETS } from '../core/contract/sheets';
import { fill } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { load } from '../workflows/load';
import { planFollowUp, runFollowUp } from '../workflows/follow-up';
import type { FollowUpItem, FollowUpResult } from '../workflows/follow-up';
import type { OutgoingMail, Workbook } from '../workbook/port';
import { userLang } from './locale';
import { sendMail } from './mail';
import { runSidebarAction } from './sidebar-action';
import { openSidebar } from './sidebar';

/** One changed shipment as the follow-up sidebar lists it. */
export interface FollowUpLine {
  orderId: string;
  site: string;
  trackingNumber: string;
  /** "45 days in transit" in the person's language. */
  days: string;
  stage: string;
}

/** The shipments of one kind of change: new, moved to a later stage, or delivered. */
export interface FollowUpGroup {
  change: FollowUpItem['change'];
  title: string;
  lines: FollowUpLine[];
}

/** What a run did, or would do. */
export interface FollowUpReport {
  today: string;
  /** "Checked 12 parcels: 3 changed." */
  summary: string;
  groups: FollowUpGroup[];
  /** Who was mailed, in words; '' when no mail went. */
  mailed: string;
}

/** Everything the follow-up sidebar shows before a run, in the user's language. */
export interface FollowUpView {
  lang: Lang;
  title: string;
  intro: string;
  /** What a run today would change, read without writing anything. */
  pending: FollowUpReport;
  text: { run: string; running: string; close: string; done: string };
}

const TEXT = {
  zh: {
    title: '物流跟进',
    intro:
      '发货后 {reassure} 天仍未妥投的订单写入“{sheet}”（安抚买家），满 {refund} 天改为退款（R6.1f）；' +
      '已妥投的标为已解决。各站点负责人会收到当天变化的邮件。',
    run: '立即运行今天的跟进',
    running: '正在跟进…',
    close: '关闭',
    done: '已完成今天的跟进。',
    pending: '{today}：现在运行将有 {n} 项变化（共检查 {checked} 个包裹）。',
    summary: '{today}：检查了 {checked} 个包裹，{n} 项变化。',
    nothing: '{today}：检查了 {checked} 个包裹，没有变化。',
    new: '新增跟进',
    escalated: '升级到下一阶段',
    resolved: '已妥投，标为已解决',
    days: '已运输 {n} 天',
    mailed: '已发出 {n} 封摘要邮件，收件人为 {owners} 位站点负责人。',
  },
  en: {
    title: 'Shipment follow-up',
    intro:
      'Orders still undelivered {reassure} days after shipping get a row in "{sheet}" (reassure ' +
      'the buyer), and move to a refund at {refund} days (R6.1f); delivered ones are marked ' +
      "resolved. Each site's owner is mailed the day's changes.",
    run: 'Run now for today',
    running: 'Following up…',
    close: 'Close',
    done: "Today's follow-up is done.",
    pending: '{today}: running now would change {n} (of {checked} parcels checked).',
    summary: '{today}: {checked} parcels checked, {n} changed.',
    nothing: '{today}: {checked} parcels checked, nothing changed.',
    new: 'New follow-ups',
    escalated: 'Moved to the next stage',
    resolved: 'Delivered: resolved',
    days: '{n} days in transit',
    mailed: '{n} digest mails sent to {owners} site owners.',
  },
};

const CHANGES: ReadonlyArray<FollowUpItem['change']> = ['new', 'escalated', 'resolved'];

/** A follow-up's outcome in the person's words. */
export function followUpReport(
  result: FollowUpResult,
  lang: Lang,
  mails: readonly OutgoingMail[] = [],
  template: 'summary' | 'pending' = 'summary',
): FollowUpReport {
  const text = TEXT[lang];
  const groups = CHANGES.map((change) => ({
    change,
    title: text[change],
    lines: result.items
      .filter((item) => item.change === change)
      .map((item) => ({
        orderId: item.orderId,
        site: item.site,
        trackingNumber: item.trackingNumber,
        days: fill(text.days, { n: item.daysInTransit }),
        stage: enumLabel(ABNORMAL_STAGE, item.stage, lang),
      })),
  })).filter((group) => group.lines.length > 0);
  const counts = { today: result.today, checked: result.checked, n: result.items.length };
  const summary =
    template === 'pending'
      ? fill(text.pending, counts)
      : fill(result.items.length > 0 ? text.summary : text.nothing, counts);
  const owners = new Set(mails.flatMap((mail) => mail.to)).size;
  return {
    today: result.today,
    summary,
    groups,
    mailed: mails.length > 0 ? fill(text.mailed, { n: mails.length, owners }) : '',
  };
}

/** The follow-up sidebar's content: the rule, and what a run today would change. */
export function followUpView(workbook: Workbook, now: Date, lang: Lang): FollowUpView {
  const text = TEXT[lang];
  const { settings, tabs } = load(workbook, ['abnormalShipments']);
  return {
    lang,
    title: text.title,
    intro: fill(text.intro, {
      reassure: settings.reassureAfterDays,
      refund: settings.refundAfterDays,
      sheet: tabs.abnormalShipments ?? SHEETS.abnormalShipments.name[lang],
    }),
    pending: followUpReport(planFollowUp(workbook, now), lang, [], 'pending'),
    text: {
      run: text.run,
      running: text.running,
      close: text.close,
      done: text.done,
    },
  };
}

/** Menu "Shipment follow-up": opens the follow-up sidebar. */
export function showFollowUp(): void {
  openSidebar('follow-up', TEXT[userLang()].title);
}

/** Server function of the follow-up sidebar: the rule and what a run would change today. */
export function getFollowUpView(): FollowUpView {
  return runSidebarAction('follow-up-view', { writes: false }, ({ workbook, lang, now }) => {
    const view = followUpView(workbook, now, lang);
    return { result: view, counts: `${view.pending.groups.length} kinds of change pending` };
  });
}

/**
 * Server function of the follow-up sidebar: runs today's follow-up now, as the daily job does,
 * mails each site's owner the day's changes, and says what changed. A second run the same day
 * changes nothing and mails no one.
 */
export function runFollowUpNow(): FollowUpReport {
  // After-sales is the site owners' (R6.1f, R6.2g); a director may stand in.
  const options = {
    writes: true,
    audit: { zh: '物流跟进', en: 'Shipment follow-up' },
    roles: ['siteOwner', 'director'] as const,
  };
  return runSidebarAction('follow-up', options, ({ workbook, lang, now }) => {
    const result = runFollowUp(workbook, now);
    result.mails.forEach(sendMail);
    return {
      result: followUpReport(result, lang, result.mails),
      counts: `${result.checked} parcels, ${result.items.length} changes, ${result.mails.length} mails`,
    };
  });
}
