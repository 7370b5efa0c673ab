import type { Localized } from '../core/i18n';
import { monthlyBackup } from './backups';
import { dailyUploaderDigest } from './digest';
import { dailyFollowUp } from './jobs';
import { monthlyReport } from './reports';

/** One piece of the add-on's scheduled work. */
export interface DailyTask {
  id: string;
  name: Localized;
  run(): void;
}

/**
 * The scheduled work, in the order it runs each morning. Google lets an add-on hold one
 * time-driven trigger per user and document, so every task runs from that one trigger; a
 * task that belongs to a month (the report, the backup) acts on its first run of the month
 * and remembers it, the others once a day.
 */
export const DAILY_TASKS: readonly DailyTask[] = [
  {
    id: 'uploader-digest',
    name: {
      zh: '上传人员每日邮件与新品快照（R3.4）',
      en: "Uploaders' daily mail and snapshot (R3.4)",
    },
    run: dailyUploaderDigest,
  },
  {
    id: 'follow-up',
    name: { zh: '物流跟进与站点摘要（R6.1f）', en: 'Shipment follow-up and site digests (R6.1f)' },
    run: dailyFollowUp,
  },
  {
    id: 'monthly-report',
    name: { zh: '每月1日：上月月报（R7.1）', en: "On the 1st: last month's report (R7.1)" },
    run: monthlyReport,
  },
  {
    id: 'monthly-backup',
    name: { zh: '每月备份（R1.19）', en: 'Monthly backup (R1.19)' },
    run: monthlyBackup,
  },
];

/**
 * Time-driven trigger handler: runs every scheduled task in turn. A task that fails is logged
 * (its kind only: error texts may quote cells) and does not keep the others from running.
 */
export function runDailyJobs(_event?: unknown): void {
  const started = Date.now();
  const failed: string[] = [];
  for (const task of DAILY_TASKS) {
    try {
      task.run();
    } catch (error) {
      failed.push(task.id);
      console.log(`daily: ${task.id} failed (${(error as Error).name})`);
    }
  }
  console.log(
    `daily: ${DAILY_TASKS.length - failed.length} of ${DAILY_TASKS.length} tasks ran, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (failed.length > 0) throw new Error(`daily tasks failed: ${failed.join(', ')}`);
}
