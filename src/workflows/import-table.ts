import type { Cell, OutCell } from '../core/cells';
import { SHEETS } from '../core/contract/sheets';
import type { SheetId } from '../core/contract/types';
import { outValue, sameValue } from '../core/contract/values';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { t } from '../core/i18n';
import type { Localized } from '../core/i18n';
import { cellFinding, readSheet } from '../core/reader';
import type { Role } from '../core/roles';
import type { TabEdit, Workbook } from '../workbook/port';
import { load } from './load';
import { planRowWrites, setCell } from './row-writes';
import type { CellChanges } from './row-writes';

/** The imports the add-on knows: which sheet they fill and which columns identify a row. */
export const IMPORTS = {
  orders: { sheet: 'orders', key: ['orderId', 'sku'] },
  fees: { sheet: 'shippingFees', key: ['carrier', 'trackingNumber'] },
} as const satisfies Record<string, { sheet: SheetId; key: readonly string[] }>;

export type ImportKind = keyof typeof IMPORTS;

/**
 * Who may import into the shared spreadsheet: purchasing the ERP's orders, which it works
 * from (R2.3, R5.1b); finance the carriers' fees, which it reconciles (R7.3); a director either.
 */
export const IMPORT_ROLES: Record<ImportKind, readonly Role[]> = {
  orders: ['purchasing', 'director'],
  fees: ['finance', 'director'],
};

/** What each import is called in a refusal and in the Audit log. */
export const IMPORT_ACTIONS: Record<ImportKind, Localized> = {
  orders: { zh: '导入订单', en: 'Importing orders' },
  fees: { zh: '导入运费账单', en: 'Importing shipping fees' },
};

export interface ImportResult {
  kind: ImportKind;
  tab: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows of the file that were not imported, each with its reason. */
  rejected: Finding[];
  /** Problems that did not stop a row (a repeated line, a column the sheet lacks). */
  warnings: Finding[];
  edits: TabEdit[];
}

type Row = Record<string, unknown> & { rowNumber: number };

/** Checks the file's rows beyond their cells: what makes a row unfit to import. */
function rowProblems(
  kind: ImportKind,
  row: Row,
): { column: string; zh: string; en: string } | null {
  if (kind === 'orders') {
    if (typeof row.quantity === 'number' && row.quantity <= 0) {
      return { column: 'quantity', zh: '数量必须大于0', en: 'the quantity must be more than 0' };
    }
    if (typeof row.itemPrice === 'number' && row.itemPrice < 0) {
      return { column: 'itemPrice', zh: '单价不能为负', en: 'the item price cannot be negative' };
    }
  }
  if (kind === 'fees' && typeof row.feeCny === 'number' && row.feeCny < 0) {
    return { column: 'feeCny', zh: '运费不能为负', en: 'the fee cannot be negative' };
  }
  return null;
}

/**
 * Imports an exported table (the ERP's orders, a carrier's fees) into its sheet: columns found
 * by header alias in any order; rows already present (by their key) are updated where a value
 * changed and otherwise left alone; new rows are appended; rows that cannot be read are
 * listed with the reason and left out. Re-importing the same file changes nothing. The
 * result's edits are applied by the caller (or by `runImport`).
 */
export function planImport(
  workbook: Workbook,
  kind: ImportKind,
  table: Cell[][],
  fileName: string,
): ImportResult {
  const { sheet, key } = IMPORTS[kind];
  const def = SHEETS[sheet];
  const loaded = load(workbook, [sheet], { required: [sheet] });
  const target = loaded.reads[sheet]!;
  const tab = loaded.tabs[sheet]!;

  const file = readSheet<Row>(def, table, { sheetName: fileName, timeZone: 'UTC' });
  const unusable = file.findings.filter(
    (finding) => finding.row === 1 && finding.severity === 'error',
  );
  if (unusable.length > 0) throw new UnusableInputError(unusable);

  const result: ImportResult = {
    kind,
    tab,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    warnings: [],
    edits: [],
  };
  const badRows = new Map<number, Finding>();
  for (const finding of file.findings) {
    if (finding.severity === 'error' && finding.row !== null && !badRows.has(finding.row)) {
      badRows.set(finding.row, finding);
    } else if (finding.severity === 'warning') result.warnings.push(finding);
  }

  const { layout } = target;
  const keyOf = (row: Record<string, unknown>): string =>
    key.map((id) => String(row[id] ?? '')).join('\u0000');
  const existing = new Map<string, Row>();
  for (const row of target.rows as unknown as Row[]) existing.set(keyOf(row), row);

  const importedColumns = def.columns.filter(
    (column) => file.layout.index[column.id] !== undefined && !column.addonOnly,
  );
  for (const column of importedColumns) {
    if (layout.index[column.id] === undefined) {
      result.warnings.push(
        cellFinding(
          file.layout,
          1,
          column.id,
          'IMP.column',
          'warning',
          t(
            `工作表「${tab}」没有此列，数据未导入：请先运行“设置工作表”`,
            `the sheet "${tab}" has no such column, so it was not imported: run "Set up sheets" first`,
          ),
        ),
      );
    }
  }
  const writable = importedColumns.filter((column) => layout.index[column.id] !== undefined);

  const changes: CellChanges = new Map();
  const appended: OutCell[][] = [];
  const seenInFile = new Map<string, number>();
  const width = layout.headers.length;

  for (const row of file.rows as Row[]) {
    const bad = badRows.get(row.rowNumber);
    if (bad) {
      result.rejected.push(bad);
      continue;
    }
    const problem = rowProblems(kind, row);
    if (problem) {
      result.rejected.push(
        cellFinding(file.layout, row.rowNumber, problem.column, 'IMP.row', 'error', problem),
      );
      continue;
    }
    const rowKey = keyOf(row);
    const earlier = seenInFile.get(rowKey);
    if (earlier !== undefined) {
      result.warnings.push(
        cellFinding(
          file.layout,
          row.rowNumber,
          key[0],
          'IMP.duplicate',
          'warning',
          t(`与文件第${earlier}行重复，已跳过`, `repeats row ${earlier} of the file; skipped`),
        ),
      );
      continue;
    }
    seenInFile.set(rowKey, row.rowNumber);

    const present = existing.get(rowKey);
    if (present) {
      let changed = false;
      for (const column of writable) {
        const value = row[column.id];
        if (value === null || value === undefined || sameValue(present[column.id], value)) continue;
        setCell(
          changes,
          present.rowNumber,
          layout.index[column.id] + 1,
          outValue(column, value, layout.lang),
        );
        changed = true;
      }
      if (changed) result.updated += 1;
      else result.unchanged += 1;
      continue;
    }
    const line: OutCell[] = new Array(width).fill('');
    for (const column of writable)
      line[layout.index[column.id]] = outValue(column, row[column.id], layout.lang);
    appended.push(line);
    result.added += 1;
  }

  const blocks = planRowWrites(
    loaded.values[sheet] ?? [],
    changes,
    appended,
    workbook.cellTimeZone(),
  );
  if (blocks.length > 0) result.edits.push({ tab, blocks });
  return result;
}

/** Plans and applies an import in one batch; nothing is written when the file is unusable. */
export function runImport(
  workbook: Workbook,
  kind: ImportKind,
  table: Cell[][],
  fileName: string,
): ImportResult {
  const result = planImport(workbook, kind, table, fileName);
  if (result.edits.length > 0) workbook.apply(result.edits);
  return result;
}
