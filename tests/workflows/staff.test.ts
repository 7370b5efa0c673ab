import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { UnusableInputError } from '../../src/core/findings';
import type { Finding } from '../../src/core/findings';
import { runCheck } from '../../src/workflows/check';
import { computeStaffPay } from '../../src/workflows/staff';
import { MemoryWorkbook } from '../support/memory-workbook';

const NOW = new Date('2026-12-01T02:00:00Z');
const INPUT_IDS = [
  'name',
  'month',
  'baseSalary',
  'workingDays',
  'overtimeDays',
  'leaveRequests',
  'absentDays',
  'erpScore',
];

type Person = Partial<Record<string, Cell>>;

/** A person's month: 6,000 yuan, 22 working days, nothing else unless given. */
function person(name: string, more: Person = {}): Person {
  return { name, month: '2026-11', baseSalary: 6000, workingDays: 22, ...more };
}

/** A Staff tab with the given columns (ids), headers in a language. */
function staffTab(people: Person[], ids: string[], lang: 'zh' | 'en' = 'en'): Cell[][] {
  const columns = ids.map((id) => SHEETS.staff.columns.find((column) => column.id === id)!);
  return [
    columns.map((column) => column.label[lang]),
    ...people.map((row) => ids.map((id) => row[id] ?? '')),
  ];
}

const ALL_IDS = SHEETS.staff.columns.map((column) => column.id);

function workbookOf(people: Person[], ids = ALL_IDS, lang: 'zh' | 'en' = 'en'): MemoryWorkbook {
  return new MemoryWorkbook({ Staff: staffTab(people, ids, lang) });
}

/** The values of one column (by header) of a tab, below the header. */
function column(workbook: MemoryWorkbook, header: string): Cell[] {
  const values = workbook.values('Staff');
  const at = values[0].indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[at]);
}

function refusal(act: () => unknown): Finding[] {
  try {
    act();
  } catch (error) {
    if (error instanceof UnusableInputError) return error.findings;
    throw error;
  }
  throw new Error('expected the run to be refused');
}

beforeEach(() => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('staff pay on the Staff sheet', () => {
  it('zeroes attendance over 3 leave requests or over 5 absent days, not at them (R1.17)', () => {
    const workbook = workbookOf([
      person('At 3 requests', { leaveRequests: 3 }),
      person('At 4 requests', { leaveRequests: 4 }),
      person('At 5 days', { absentDays: 5 }),
      person('At 6 days', { absentDays: 6 }),
    ]);

    computeStaffPay(workbook);

    expect(column(workbook, 'Attendance zeroed')).toEqual(['N', 'Y', 'N', 'Y']);
  });

  it('keeps the bonus at a score of 80 and loses it at 79.9 (R1.18)', () => {
    const workbook = workbookOf([
      person('At 80', { erpScore: 80 }),
      person('At 79.9', { erpScore: 79.9 }),
      person('No score yet'),
    ]);

    computeStaffPay(workbook);

    expect(column(workbook, 'Bonus lost')).toEqual(['N', 'Y', '']);
  });

  it('pays overtime at base salary / working days per day, to the cent (R1.16)', () => {
    // 6,000 / 22 = 272.7272…; × 2 = 545.4545… → 545.45. 5,000 / 21 × 0.5 = 119.047… → 119.05.
    const workbook = workbookOf([
      person('Two days', { overtimeDays: 2 }),
      person('Half a day', { baseSalary: 5000, workingDays: 21, overtimeDays: 0.5 }),
      person('None'),
    ]);

    computeStaffPay(workbook);

    expect(column(workbook, 'Overtime pay')).toEqual([545.45, 119.05, 0]);
  });

  it('writes the three computed columns in one block and never a cell of the input', () => {
    const workbook = workbookOf([
      person('Li', { overtimeDays: 1, leaveRequests: 4, erpScore: 90 }),
      person('Wang', { absentDays: 2, erpScore: 70 }),
    ]);
    const before = workbook.values('Staff').map((row) => row.slice(0, INPUT_IDS.length));

    const result = computeStaffPay(workbook);

    expect(result).toEqual({ months: 2, addedColumns: [], written: true });
    expect(workbook.applied).toHaveLength(1);
    expect(workbook.applied[0]).toEqual([
      {
        tab: 'Staff',
        blocks: [
          {
            row: 2,
            column: INPUT_IDS.length + 1,
            values: [
              [272.73, 'Y', 'N'],
              [0, 'N', 'Y'],
            ],
          },
        ],
      },
    ]);
    expect(workbook.values('Staff').map((row) => row.slice(0, INPUT_IDS.length))).toEqual(before);
  });

  it('writes nothing on a second run over the same input', () => {
    const workbook = workbookOf([person('Li', { overtimeDays: 1, erpScore: 85 })]);
    computeStaffPay(workbook);

    const again = computeStaffPay(workbook);

    expect(again.written).toBe(false);
    expect(workbook.applied).toHaveLength(1);
  });

  it('adds missing computed columns at the right, headed in the sheet language', () => {
    const workbook = workbookOf(
      [person('李', { leaveRequests: 4, erpScore: 79.9 })],
      INPUT_IDS,
      'zh',
    );

    const result = computeStaffPay(workbook);

    expect(result.addedColumns).toEqual(['加班费', '考勤清零', '扣绩效']);
    expect(workbook.values('Staff')).toEqual([
      [...staffTab([], INPUT_IDS, 'zh')[0], '加班费', '考勤清零', '扣绩效'],
      ['李', '2026-11', 6000, 22, '', 4, '', 79.9, 0, '是', '是'],
    ]);
  });

  it('writes around a person column that stands between computed ones, leaving it alone', () => {
    const ids = [...INPUT_IDS, 'overtimePay', 'attendanceZeroed', 'bonusLost'];
    const tab = staffTab([person('Li', { overtimeDays: 1, erpScore: 90 })], ids);
    // A person's own notes column sits between the overtime pay and the attendance columns.
    for (const row of tab) row.splice(INPUT_IDS.length + 1, 0, row === tab[0] ? 'My notes' : 'ok');
    const workbook = new MemoryWorkbook({ Staff: tab });

    computeStaffPay(workbook);

    const blocks = workbook.applied[0][0].blocks ?? [];
    expect(blocks.map((block) => [block.column, block.values])).toEqual([
      [9, [[272.73]]],
      [11, [['N', 'N']]],
    ]);
    expect(column(workbook, 'My notes')).toEqual(['ok']);
  });

  it('overwrites a stray value typed into a computed column instead of refusing', () => {
    const workbook = workbookOf([person('Li', { overtimePay: 'about 300', erpScore: 90 })]);

    computeStaffPay(workbook);

    expect(column(workbook, 'Overtime pay')).toEqual([0]);
  });

  it('refuses, writing nothing, when a day count or the score is out of range', () => {
    const workbook = workbookOf([
      person('Too many absences', { absentDays: 23 }),
      person('Score over 100', { erpScore: 101 }),
      person('Fine', { erpScore: 90 }),
    ]);

    const findings = refusal(() => computeStaffPay(workbook));

    expect(findings.map((finding) => [finding.row, finding.column, finding.rule])).toEqual([
      [2, 'absentDays', 'R1.17'],
      [3, 'erpScore', 'R1.18'],
    ]);
    expect(findings[0].message.en).toContain('Staff row 2, column "Absent days"');
    expect(workbook.applied).toHaveLength(0);
  });
});

describe('Staff sheet validation', () => {
  function staffRules(people: Person[]): Array<[number | null, string, string]> {
    const { findings } = runCheck(workbookOf(people), NOW);
    return findings
      .filter((finding) => finding.sheet === 'Staff')
      .map((finding) => [finding.row, finding.column, finding.rule]);
  }

  it('runs with "Validate": a month recorded twice for one person is a finding', () => {
    expect(staffRules([person('Li'), person('Li')])).toEqual([[3, 'name', 'R1.16']]);
  });

  it('accepts 31 working days and refuses 32 or half a day (R1.16)', () => {
    expect(
      staffRules([
        person('31', { month: '2026-12', workingDays: 31 }),
        person('32', { workingDays: 32 }),
        person('Half', { workingDays: 0.5 }),
      ]),
    ).toEqual([
      [3, 'workingDays', 'R1.16'],
      [4, 'workingDays', 'R1.16'],
    ]);
  });

  it('accepts overtime days that fit in the rest of the month and refuses one more (R1.16)', () => {
    // November has 30 days: 22 working days leave 8 for overtime.
    expect(
      staffRules([person('Eight', { overtimeDays: 8 }), person('Nine', { overtimeDays: 9 })]),
    ).toEqual([[3, 'overtimeDays', 'R1.16']]);
  });

  it('accepts as many absent days as working days, not one more (R1.17)', () => {
    expect(
      staffRules([
        person('All absent', { absentDays: 22 }),
        person('More', { absentDays: 23 }),
        person('Negative', { leaveRequests: -1 }),
      ]),
    ).toEqual([
      [3, 'absentDays', 'R1.17'],
      [4, 'leaveRequests', 'R1.17'],
    ]);
  });

  it('accepts scores from 0 to 100 and refuses anything outside (R1.18)', () => {
    expect(
      staffRules([
        person('Zero', { erpScore: 0 }),
        person('Hundred', { erpScore: 100 }),
        person('Over', { erpScore: 100.5 }),
        person('Under', { erpScore: -1 }),
      ]),
    ).toEqual([
      [4, 'erpScore', 'R1.18'],
      [5, 'erpScore', 'R1.18'],
    ]);
  });
});
