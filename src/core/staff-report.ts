import type { ReportCell, ReportTable } from './finance/tables';
import { fromCents } from './money';
import type { StaffMonth } from './staff';

const YES = '是 Yes';
const NO = '否 No';

/**
 * The staff section of a month-end report: per person, the base salary, overtime pay
 * (R1.16), whether attendance was zeroed (R1.17), the performance bonus (R1.18, 0 when lost)
 * and the total, then a total row. Null when nobody has a row for the month.
 */
export function staffTable(
  months: readonly StaffMonth[],
  month: string,
  currency: string,
): ReportTable | null {
  const people = months.filter((person) => person.month === month);
  if (people.length === 0) return null;

  const sum = (pick: (person: StaffMonth) => number) =>
    fromCents(people.reduce((total, person) => total + pick(person), 0));
  const rows: ReportCell[][] = people.map((person) => [
    person.name,
    fromCents(person.baseSalary),
    fromCents(person.overtimePay),
    person.attendanceZeroed ? YES : NO,
    fromCents(person.bonus),
    fromCents(person.total),
  ]);
  rows.push([
    '合计 Total',
    sum((person) => person.baseSalary),
    sum((person) => person.overtimePay),
    `${people.filter((person) => person.attendanceZeroed).length} / ${people.length}`,
    sum((person) => person.bonus),
    sum((person) => person.total),
  ]);

  return {
    name: '员工 Staff',
    title: `员工月度汇总 Staff summary ${month} (${currency})`,
    headers: [
      '姓名 Name',
      '基本工资 Base salary',
      '加班费 Overtime pay',
      '考勤清零 Attendance zeroed',
      '绩效奖金 Bonus',
      '合计 Total',
    ],
    money: [1, 2, 4, 5],
    rows,
  };
}
