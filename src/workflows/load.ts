import { findSheetName } from '../core/contract/headers';
import type { Cell } from '../core/cells';
import type { RowTypes } from '../core/contract/rows';
import { SHEETS } from '../core/contract/sheets';
import type { SheetId } from '../core/contract/types';
import { UnusableInputError } from '../core/findings';
import type { Finding } from '../core/findings';
import { readSheet } from '../core/reader';
import type { SheetRead } from '../core/reader';
import { readSettings } from '../core/settings';
import type { Settings } from '../core/settings';
import type { Workbook } from '../workbook/port';

/** The sheets a workflow read, typed, with every finding of reading them. */
export interface Loaded {
  workbook: Workbook;
  settings: Settings;
  /** Tab name of each contract sheet the workbook has. */
  tabs: Partial<Record<SheetId, string>>;
  reads: { [K in SheetId]?: SheetRead<RowTypes[K]> };
  /** The values each tab held when read, for planning writes against them. */
  values: Partial<Record<SheetId, Cell[][]>>;
  findings: Finding[];
}

const HEADER_RULES = new Set(['WB.header.missing', 'WB.header.duplicate', 'WB.column.missing']);

/** True when a finding makes its sheet unusable: no header, a duplicate or missing column. */
export function isUnusable(finding: Finding): boolean {
  return HEADER_RULES.has(finding.rule) || finding.rule === 'WB.sheet.missing';
}

/**
 * The columns a workflow uses, per sheet; a sheet not named here is read whole. The rows of a
 * named sheet hold only these columns: a workflow reads no other.
 */
export type ColumnsUsed = { [K in SheetId]?: ReadonlyArray<keyof RowTypes[K] & string> };

/**
 * Reads the named sheets (and Settings) once each. A sheet in `required` that is missing, or
 * any read sheet whose header is unusable, stops the workflow with an UnusableInputError
 * before anything is written. Missing sheets that are not required read as empty. A sheet
 * named in `columns` has only those columns parsed (see readSheet), so a report over a large
 * catalogue does not parse the columns it never uses; `check` reads everything.
 */
export function load(
  workbook: Workbook,
  ids: readonly SheetId[],
  options: { required?: readonly SheetId[]; columns?: ColumnsUsed } = {},
): Loaded {
  const tabNames = workbook.tabNames();
  const timeZone = workbook.cellTimeZone();
  const loaded: Loaded = {
    workbook,
    settings: readSettings(null).settings,
    tabs: {},
    reads: {},
    values: {},
    findings: [],
  };
  const unusable: Finding[] = [];

  for (const id of new Set<SheetId>(['settings', ...ids])) {
    const def = SHEETS[id];
    const tab = findSheetName(def, tabNames);
    if (!tab) {
      if (options.required?.includes(id)) {
        unusable.push({
          sheet: def.name.en,
          row: null,
          column: '',
          rule: 'WB.sheet.missing',
          severity: 'error',
          message: {
            zh: `缺少工作表「${def.name.zh}」：请先运行“设置工作表”`,
            en: `The sheet "${def.name.en}" is missing: run "Set up sheets" first`,
          },
        });
      }
      continue;
    }
    loaded.tabs[id] = tab;
    const values = workbook.read(tab);
    loaded.values[id] = values;
    const read = readSheet<RowTypes[typeof id]>(def, values, {
      sheetName: tab,
      timeZone,
      columns: options.columns?.[id],
    });
    (loaded.reads as Record<string, unknown>)[id] = read;
    loaded.findings.push(...read.findings);
    unusable.push(...read.findings.filter(isUnusable));
  }
  if (unusable.length > 0) throw new UnusableInputError(unusable);

  const settings = readSettings(loaded.reads.settings ?? null);
  loaded.settings = settings.settings;
  loaded.findings.push(...settings.findings);
  return loaded;
}

/** The rows of a loaded sheet (none when the workbook lacks it). */
export function rowsOf<K extends SheetId>(
  loaded: Loaded,
  id: K,
): NonNullable<Loaded['reads'][K]>['rows'] {
  return (loaded.reads[id]?.rows ?? []) as NonNullable<Loaded['reads'][K]>['rows'];
}
