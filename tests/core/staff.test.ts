import { SHEETS } from '../../src/core/contract/sheets';
import type { StaffRow } from '../../src/core/contract/rows';
import { readSheet } from '../../src/core/reader';
import { attendanceZeroed, overtimePay, performanceBonus, staffMonths } from '../../src/core/staff';

describe('staff rules', () => {
  it('pays overtime at the daily wage: base salary / working days × overtime days (R1.16)', () => {
    // 6,000.00 / 22 days = 272.7272… a day; × 2 days = 545.4545… → 545.45
    expect(overtimePay(600_000, 22, 2)).toBe(54_545);
    // half a day: 6,000.00 / 21 × 0.5 = 142.857… → 142.86
    expect(overtimePay(600_000, 21, 0.5)).toBe(14_286);
    expect(overtimePay(600_000, 22, 0)).toBe(0);
    expect(() => overtimePay(600_000, 0, 1)).toThrow(RangeError);
  });

  it('zeroes attendance above 3 leave requests, not at 3 (R1.17)', () => {
    expect(attendanceZeroed(3, 0)).toBe(false);
    expect(attendanceZeroed(4, 0)).toBe(true);
  });

  it('zeroes attendance above 5 absent days, not at 5 (R1.17)', () => {
    expect(attendanceZeroed(0, 5)).toBe(false);
    expect(attendanceZeroed(0, 6)).toBe(true);
    expect(attendanceZeroed(0, 5.5)).toBe(true);
  });

  it('keeps the 10 % bonus at a score of 80 and loses it at 79.9 (R1.18)', () => {
    expect(performanceBonus(600_000, 80)).toBe(60_000);
    expect(performanceBonus(600_000, 79.9)).toBe(0);
    expect(performanceBonus(555_555, 95)).toBe(55_556);
  });

  it('summarises each person and month from the Staff sheet, flagging a repeated month', () => {
    const header = SHEETS.staff.columns.map((column) => column.label.en);
    const row = (name: string, leave: number, absent: number, score: number) => {
      const values: Record<string, unknown> = {
        name,
        month: '2026-11',
        baseSalary: 6000,
        workingDays: 20,
        overtimeDays: 1,
        leaveRequests: leave,
        absentDays: absent,
        erpScore: score,
      };
      return SHEETS.staff.columns.map((column) => (values[column.id] ?? '') as string | number);
    };
    const read = readSheet<StaffRow>(
      SHEETS.staff,
      [header, row('Li', 3, 5, 80), row('Wang', 4, 0, 79.9), row('Li', 0, 0, 90)],
      { sheetName: 'Staff', timeZone: 'UTC' },
    );
    const { months, findings } = staffMonths(read);
    expect(months).toEqual([
      expect.objectContaining({
        name: 'Li',
        overtimePay: 30_000,
        attendanceZeroed: false,
        bonus: 60_000,
        total: 600_000 + 30_000 + 60_000,
      }),
      expect.objectContaining({ name: 'Wang', attendanceZeroed: true, bonusLost: true, bonus: 0 }),
    ]);
    expect(findings).toEqual([expect.objectContaining({ row: 4, column: 'name' })]);
  });
});
