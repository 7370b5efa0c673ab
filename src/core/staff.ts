import type { StaffRow } from './contract/rows';
import type { Finding } from './findings';
import { t } from './i18n';
import { multiplyCents, prorateCents, toDecimal } from './money';
import type { Cents } from './money';
import { cellFinding } from './reader';
import type { RowMeta, SheetRead } from './reader';

/** R1.17: more than this many leave requests in a month zeroes the attendance score. */
export const MAX_LEAVE_REQUESTS = 3;
/** R1.17: more than this many days absent in a month zeroes the attendance score. */
export const MAX_ABSENT_DAYS = 5;
/** R1.18: an ERP score under this loses the month's performance bonus. */
export const BONUS_MIN_SCORE = 80;
/** R1.18: the performance bonus is this share of the base salary. */
export const BONUS_SHARE = '0.10';

/** R1.16: overtime pay = base salary / the month's working days × overtime days, to the cent. */
export function overtimePay(baseSalary: Cents, workingDays: number, overtimeDays: number): Cents {
  const days = toDecimal(workingDays);
  const overtime = toDecimal(overtimeDays);
  if (!days || days.units <= 0n) throw new RangeError('working days must be more than 0');
  if (!overtime || overtime.units < 0n) throw new RangeError('overtime days must be 0 or more');
  return prorateCents(baseSalary, overtime, days);
}

/** R1.17: more than 3 leave requests, or more than 5 days absent, zeroes attendance. */
export function attendanceZeroed(leaveRequests: number, absentDays: number): boolean {
  return leaveRequests > MAX_LEAVE_REQUESTS || absentDays > MAX_ABSENT_DAYS;
}

/** R1.18: the month's performance bonus: 10 % of base salary, nothing under a score of 80. */
export function performanceBonus(baseSalary: Cents, erpScore: number): Cents {
  return erpScore < BONUS_MIN_SCORE ? 0 : multiplyCents(baseSalary, toDecimal(BONUS_SHARE)!);
}

/** One person's month, with the handbook's numbers applied. */
export interface StaffMonth {
  name: string;
  month: string;
  baseSalary: Cents;
  overtimePay: Cents;
  attendanceZeroed: boolean;
  bonus: Cents;
  bonusLost: boolean;
  /** Base salary + overtime pay + bonus. */
  total: Cents;
}

type Row = StaffRow & RowMeta;

/** Applies R1.16–R1.18 to each complete row of the Staff sheet, with a finding for the rest. */
export function staffMonths(read: SheetRead<StaffRow>): {
  months: StaffMonth[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  const months: StaffMonth[] = [];
  const seen = new Map<string, number>();
  for (const row of read.rows as Row[]) {
    if (!row.name || !row.month || row.baseSalary === null || row.workingDays === null) continue;
    const key = `${row.name}\u0000${row.month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push(
        cellFinding(
          read.layout,
          row.rowNumber,
          'name',
          'R1.16',
          'error',
          t(
            `${row.name} 的 ${row.month} 已在第${first}行`,
            `${row.name} already has ${row.month} on row ${first}`,
          ),
        ),
      );
      continue;
    }
    seen.set(key, row.rowNumber);
    if (row.workingDays <= 0) {
      findings.push(
        cellFinding(
          read.layout,
          row.rowNumber,
          'workingDays',
          'R1.16',
          'error',
          t('应出勤天数必须大于0', 'working days must be more than 0'),
        ),
      );
      continue;
    }
    const overtime = overtimePay(
      row.baseSalary,
      row.workingDays,
      Math.max(0, row.overtimeDays ?? 0),
    );
    const score = row.erpScore;
    const bonusLost = score !== null && score < BONUS_MIN_SCORE;
    const bonus = score === null ? 0 : performanceBonus(row.baseSalary, score);
    months.push({
      name: row.name,
      month: row.month,
      baseSalary: row.baseSalary,
      overtimePay: overtime,
      attendanceZeroed: attendanceZeroed(row.leaveRequests ?? 0, row.absentDays ?? 0),
      bonus,
      bonusLost,
      total: row.baseSalary + overtime + bonus,
    });
  }
  return { months, findings };
}
