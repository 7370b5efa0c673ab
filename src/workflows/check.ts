import { findSheetName } from '../core/contract/headers';
import { SHEETS, SHEET_IDS } from '../core/contract/sheets';
import { sortFindings } from '../core/findings';
import type { Finding } from '../core/findings';
import type { Workbook } from '../workbook/port';
import { load } from './load';
import type { Loaded } from './load';
import { VALIDATORS } from './validators';

/** The sheets `check` reads: every sheet of the contract that people fill in. */
export const CHECKED_SHEETS = SHEET_IDS.filter((id) => !SHEETS[id].generated);

/**
 * Checks the whole workbook: every sheet against its contract, then every business rule.
 * Throws UnusableInputError when a sheet cannot be read at all.
 */
export function runCheck(workbook: Workbook, now: Date): { findings: Finding[]; loaded: Loaded } {
  const loaded = load(workbook, CHECKED_SHEETS);
  const findings = [...loaded.findings];
  const tabNames = workbook.tabNames();
  for (const id of CHECKED_SHEETS) {
    const def = SHEETS[id];
    if (def.optional || findSheetName(def, tabNames)) continue;
    findings.push({
      sheet: def.name.en,
      row: null,
      column: '',
      rule: 'WB.sheet.missing',
      severity: 'warning',
      message: {
        zh: `没有工作表「${def.name.zh}」：运行“设置工作表”可创建`,
        en: `There is no "${def.name.en}" sheet: "Set up sheets" creates it`,
      },
    });
  }
  for (const validate of VALIDATORS) findings.push(...validate(loaded, now));
  return { findings: sortFindings(findings), loaded };
}
