import { parseInteger, parseMoney, parseNumber } from '../../core/cells';
import { fromCents } from '../../core/money';
import { CellProblem, must, overRows } from '../../core/sheet-function';
import type { SheetArg, SheetResult } from '../../core/sheet-function';
import { attendanceZeroed, overtimePay, performanceBonus } from '../../core/staff';
import { t } from '../../core/i18n';
import { sheetLang } from '../locale';

/**
 * Overtime pay for weekend and holiday work (handbook R1.16): the daily wage, base salary
 * divided by the month's working days, times the overtime days. Takes single values or
 * whole columns.
 *
 * Example: =OVERTIME_PAY(C2:C20, D2:D20, E2:E20)
 *
 * @param {number|Array<Array<number>>} baseSalary Monthly base salary, in yuan.
 * @param {number|Array<Array<number>>} workingDays The month's working days, e.g. 22.
 * @param {number|Array<Array<number>>} overtimeDays Overtime days worked, from the clock-in record.
 * @return {number|Array<Array<number|string>>} The overtime pay in yuan, to the cent.
 * @customfunction
 */
export function OVERTIME_PAY(
  baseSalary: SheetArg,
  workingDays: SheetArg,
  overtimeDays: SheetArg,
): SheetResult[][] {
  return overRows([baseSalary, workingDays, overtimeDays], sheetLang(), ([salary, days, extra]) => {
    const working = must(parseNumber(days));
    if (working <= 0)
      throw new CellProblem(t('应出勤天数必须大于0', 'working days must be more than 0'));
    const overtime = must(parseNumber(extra === '' || extra == null ? 0 : extra));
    if (overtime < 0)
      throw new CellProblem(t('加班天数不能为负', 'overtime days cannot be negative'));
    return fromCents(overtimePay(must(parseMoney(salary)), working, overtime));
  });
}

/**
 * Whether the month's ERP attendance score is zeroed (handbook R1.17): more than 3 leave
 * requests, or more than 5 days absent. Leave not requested in advance counts as absence.
 *
 * Example: =ATTENDANCE_ZEROED(F2:F20, G2:G20)
 *
 * @param {number|Array<Array<number>>} leaveRequests Leave requests in the month.
 * @param {number|Array<Array<number>>} absentDays Days absent in the month.
 * @return {boolean|Array<Array<boolean|string>>} TRUE when the attendance score is zeroed.
 * @customfunction
 */
export function ATTENDANCE_ZEROED(leaveRequests: SheetArg, absentDays: SheetArg): SheetResult[][] {
  return overRows([leaveRequests, absentDays], sheetLang(), ([leave, absent]) => {
    const requests = must(parseInteger(leave === '' || leave == null ? 0 : leave));
    const days = must(parseNumber(absent === '' || absent == null ? 0 : absent));
    if (requests < 0 || days < 0) throw new CellProblem(t('不能为负数', 'cannot be negative'));
    return attendanceZeroed(requests, days);
  });
}

/**
 * The month's performance bonus (handbook R1.18): 10 % of the base salary, lost entirely when
 * the ERP score is under 80.
 *
 * Example: =PERFORMANCE_BONUS(C2:C20, H2:H20)
 *
 * @param {number|Array<Array<number>>} baseSalary Monthly base salary, in yuan.
 * @param {number|Array<Array<number>>} erpScore The month's ERP score, 0 to 100.
 * @return {number|Array<Array<number|string>>} The bonus in yuan; 0 when it is lost.
 * @customfunction
 */
export function PERFORMANCE_BONUS(baseSalary: SheetArg, erpScore: SheetArg): SheetResult[][] {
  return overRows([baseSalary, erpScore], sheetLang(), ([salary, score]) =>
    fromCents(performanceBonus(must(parseMoney(salary)), must(parseNumber(score)))),
  );
}
