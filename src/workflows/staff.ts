import type { Cell, OutCell } from '../core/cells';
import type { StaffRow } from '../core/contract/rows';
import type { ColumnDef } from '../core/contract/types';
import { outValue } from '../core/contract/values';
import { daysInMonth } from '../core/dates';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import type { Localized } from '../core/i18n';
import { cellFinding } from '../core/reader';
import type { Layout, RowMeta, SheetRead } from '../core/reader';
import { staffMonths } from '../core/staff';
import type { StaffMonth } from '../core/staff';
import type { Block, Workbook } from '../workbook/port';
import { load } from './load';
import type { Loaded } from './load';

/** The Staff sheet's columns the add-on computes; a person never types in them. */
export const COMPUTED_COLUMNS = ['overtimePay', 'attendanceZeroed', 'bonusLost'] as const;

/** The most working days a month can have. */
const MAX_WORKING_DAYS = 31;

type StaffLine = StaffRow & RowMeta;

/** The key that ties a row to its computed month: one row per person and month. */
function personMonth(name: string, month: string): string {
  return `${name}\u0000${month}`;
}

/**
 * The range checks of one row: working days 1–31 and overtime days that fit in the rest of
 * the month (R1.16); leave requests and absent days not negative, absent days not above the
 * working days (R1.17); an ERP score from 0 to 100 (R1.18). Working days of 0 or less are
 * staffMonths' finding already.
 */
function rangeFindings(layout: Layout, row: StaffLine): Finding[] {
  const findings: Finding[] = [];
  const flag = (column: keyof StaffRow, rule: string, problem: Localized) =>
    findings.push(cellFinding(layout, row.rowNumber, column, rule, 'error', problem));
  const working = row.workingDays;

  if (row.baseSalary !== null && row.baseSalary < 0) {
    flag('baseSalary', 'R1.16', t('基本工资不能为负数', 'the base salary cannot be negative'));
  }
  if (working !== null && ((working > 0 && working < 1) || working > MAX_WORKING_DAYS)) {
    flag(
      'workingDays',
      'R1.16',
      t(
        `应出勤天数应在1到${MAX_WORKING_DAYS}之间，现为${working}`,
        `working days must be from 1 to ${MAX_WORKING_DAYS}, not ${working}`,
      ),
    );
  }
  if (row.overtimeDays !== null) {
    const rest = working !== null && row.month ? daysInMonth(row.month) - working : null;
    if (row.overtimeDays < 0) {
      flag('overtimeDays', 'R1.16', t('加班天数不能为负数', 'overtime days cannot be negative'));
    } else if (rest !== null && rest >= 0 && row.overtimeDays > rest) {
      flag(
        'overtimeDays',
        'R1.16',
        t(
          `加班天数${row.overtimeDays}超过${row.month}除应出勤外的${rest}天`,
          `${row.overtimeDays} overtime days do not fit in the ${rest} days of ${row.month} ` +
            'outside the working days',
        ),
      );
    }
  }
  if (row.leaveRequests !== null && row.leaveRequests < 0) {
    flag('leaveRequests', 'R1.17', t('请假次数不能为负数', 'leave requests cannot be negative'));
  }
  if (row.absentDays !== null) {
    if (row.absentDays < 0) {
      flag('absentDays', 'R1.17', t('缺勤天数不能为负数', 'absent days cannot be negative'));
    } else if (working !== null && working > 0 && row.absentDays > working) {
      flag(
        'absentDays',
        'R1.17',
        t(
          `缺勤${row.absentDays}天超过应出勤的${working}天`,
          `${row.absentDays} absent days are more than the ${working} working days`,
        ),
      );
    }
  }
  if (row.erpScore !== null && (row.erpScore < 0 || row.erpScore > 100)) {
    flag(
      'erpScore',
      'R1.18',
      t(
        `ERP评分应在0到100之间，现为${row.erpScore}`,
        `the ERP score must be from 0 to 100, not ${row.erpScore}`,
      ),
    );
  }
  return findings;
}

/** Every business-rule finding of a read Staff sheet (R1.16–R1.18). */
export function staffFindings(read: SheetRead<StaffRow>): Finding[] {
  const findings = [...staffMonths(read).findings];
  for (const row of read.rows) findings.push(...rangeFindings(read.layout, row));
  return findings;
}

/**
 * Validator of the Staff sheet, run by `check` and "Validate": a person's month recorded
 * twice, and the day counts and score out of their range (R1.16–R1.18).
 */
export function validateStaff(loaded: Loaded): Finding[] {
  const read = loaded.reads.staff;
  return read ? staffFindings(read) : [];
}

/** The months of a read Staff sheet, by person and month. */
function monthsByKey(months: readonly StaffMonth[]): Map<string, StaffMonth> {
  return new Map(months.map((month) => [personMonth(month.name, month.month), month]));
}

/** What the computed columns of a row should hold ('' where nothing can be computed). */
function computedCells(
  row: StaffLine | undefined,
  months: Map<string, StaffMonth>,
  columns: readonly ColumnDef[],
  layout: Layout,
): OutCell[] {
  const month = row?.name && row.month ? months.get(personMonth(row.name, row.month)) : undefined;
  return columns.map((column) => {
    if (!row || !month) return '';
    switch (column.id) {
      case 'overtimePay':
        return outValue(column, month.overtimePay, layout.lang);
      case 'attendanceZeroed':
        return outValue(column, month.attendanceZeroed, layout.lang);
      default:
        // Without a score there is nothing to lose yet: the cell stays empty.
        return row.erpScore === null ? '' : outValue(column, month.bonusLost, layout.lang);
    }
  });
}

function sameCell(before: Cell, after: OutCell): boolean {
  if (typeof after === 'number') return typeof before === 'number' && before === after;
  return !(before instanceof Date) && String(before ?? '') === String(after ?? '');
}

/** Groups 1-based column numbers into runs of neighbours: [9, 10, 11, 14] → [[9,10,11],[14]]. */
function neighbours(columns: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

/** What "Compute staff pay" did. */
export interface StaffPayResult {
  /** People-months computed. */
  months: number;
  /** Headers of the computed columns added at the right of the sheet. */
  addedColumns: string[];
  /** Whether anything was written (a re-run over unchanged input writes nothing). */
  written: boolean;
}

/**
 * Writes the Staff sheet's computed columns, overtime pay (R1.16), attendance zeroed (R1.17)
 * and bonus lost (R1.18), for every row: one block when the three columns stand side by side
 * (as set-up makes them), never a cell of a person's input. A missing computed column is
 * added at the right. Any error in the sheet's input refuses the whole run with an
 * UnusableInputError, before anything is written.
 */
export function computeStaffPay(workbook: Workbook): StaffPayResult {
  const started = Date.now();
  const loaded = load(workbook, ['staff'], { required: ['staff'] });
  const read = loaded.reads.staff!;
  const tab = loaded.tabs.staff!;
  const values = loaded.values.staff ?? [];
  const computed = new Set<string>(COMPUTED_COLUMNS);

  // A stray value typed into a computed column is about to be overwritten: no reason to stop.
  const errors = [...read.findings, ...staffFindings(read)].filter(
    (finding) => finding.severity === 'error' && !computed.has(finding.column),
  );
  if (errors.length > 0) throw new UnusableInputError(errors);

  const { layout } = read;
  const months = staffMonths(read).months;
  const byKey = monthsByKey(months);
  const byRow = new Map(read.rows.map((row) => [row.rowNumber, row]));
  const defs = COMPUTED_COLUMNS.map((id) => layout.def.columns.find((column) => column.id === id)!);
  const width = Math.max(layout.headers.length, values[0]?.length ?? 0);
  const addedColumns: string[] = [];
  const columnOf = new Map<string, number>();
  for (const def of defs) {
    const at = layout.index[def.id];
    if (at !== undefined) columnOf.set(def.id, at + 1);
    else {
      columnOf.set(def.id, width + addedColumns.length + 1);
      addedColumns.push(def.label[layout.lang]);
    }
  }

  const lastRow = values.length;
  const blocks: Block[] = [];
  for (const run of neighbours([...columnOf.values()])) {
    const runDefs = run.map((column) => defs.find((def) => columnOf.get(def.id) === column)!);
    const added = runDefs.some((def) => layout.index[def.id] === undefined);
    const rows: OutCell[][] = [];
    for (let rowNumber = 2; rowNumber <= lastRow; rowNumber += 1) {
      rows.push(computedCells(byRow.get(rowNumber), byKey, runDefs, layout));
    }
    const unchanged = rows.every((cells, r) =>
      cells.every((cell, c) => sameCell(values[r + 1]?.[run[c] - 1] ?? '', cell)),
    );
    if (unchanged && !added) continue;
    const header = runDefs.map((def) =>
      layout.index[def.id] === undefined
        ? def.label[layout.lang]
        : layout.headers[layout.index[def.id]],
    );
    blocks.push(
      added
        ? { row: 1, column: run[0], values: [header, ...rows] }
        : { row: 2, column: run[0], values: rows },
    );
  }
  if (blocks.length > 0) workbook.apply([{ tab, blocks }]);

  console.log(
    `staff-pay: ${months.length} people-months, ${blocks.length} blocks, ` +
      `${addedColumns.length} columns added, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { months: months.length, addedColumns, written: blocks.length > 0 };
}
