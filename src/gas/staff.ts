import type { Lang } from '../core/i18n';
import { computeStaffPay } from '../workflows/staff';
import type { StaffPayResult } from '../workflows/staff';
import { runMenuAction } from './menu-action';

/** What "Compute staff pay" did, in a sentence a person reads in an alert. */
export function staffPaySummary(result: StaffPayResult, lang: Lang): string {
  const zh = lang === 'zh';
  const added = result.addedColumns.length
    ? zh
      ? `在右侧新增了列：${result.addedColumns.join('、')}。`
      : `Added the columns ${result.addedColumns.join(', ')} at the right. `
    : '';
  if (!result.written) {
    return zh
      ? `已核对 ${result.months} 条记录：加班费、考勤清零和扣绩效都已是最新。`
      : `Checked ${result.months} people-months: overtime pay, attendance and bonus are ` +
          'up to date.';
  }
  return zh
    ? `${added}已为 ${result.months} 条记录写入加班费、考勤清零和扣绩效（员工守则第一条）。`
    : `${added}Wrote overtime pay, attendance zeroed and bonus lost for ${result.months} ` +
        'people-months (handbook R1.16–R1.18).';
}

/**
 * Menu "Compute staff pay": writes the Staff sheet's overtime pay, attendance zeroed and bonus
 * lost columns from each person's month, under the document lock. Input with errors is
 * listed and nothing is written.
 */
export function computeStaffPayFromMenu(): void {
  runMenuAction(
    'staff-pay',
    { zh: '计算考勤绩效', en: 'Compute staff pay' },
    ({ workbook, lang }) => {
      const result = computeStaffPay(workbook);
      return {
        message: staffPaySummary(result, lang),
        counts: `${result.months} people-months, ${result.written ? 'written' : 'unchanged'}`,
      };
    },
    { roles: ['finance', 'director'] },
  );
}
